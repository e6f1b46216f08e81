package io.customerintel.domain.winback;

import io.customerintel.domain.prediction.PredictionModel;

/** What a win-back list is ordered by: the value the business expects back, as well as it can tell. */
public enum WinBackValueBasis {
  /** The next year's value of the customer's buying pattern, once count and spend models are fitted. */
  PREDICTED_VALUE,
  /** Lifetime revenue: before a spend model is fitted, and for prospects, who have no buying pattern to read. */
  LIFETIME_REVENUE;

  /** The basis of a kind's list under the tenant's prediction model (null before any fit). */
  public static WinBackValueBasis of(WinBackKind kind, PredictionModel model) {
    boolean predicts = model != null && model.spend() != null;
    return predicts && kind != WinBackKind.UNCONVERTED_PROSPECT ? PREDICTED_VALUE : LIFETIME_REVENUE;
  }
}

package io.customerintel.domain.prediction;

import java.util.List;

/** A fitted model of how many purchase days customers make and when they quietly stop (BG/NBD family). */
public sealed interface PurchaseModel permits BgNbd, ModifiedBgNbd {
  ModelKind kind();

  /** The named parameters in the published order (r, alpha, a, b). */
  List<ModelParameter> parameters();

  /** Probability that a customer with this history is still alive at the end of its observation. */
  double probabilityAlive(RepeatHistory history);

  /** Expected repeat purchase days in the next t periods after T, given the history (the conditional expectation). */
  double expectedPurchases(double t, RepeatHistory history);

  /** Expected repeat purchase days in the first t periods of a randomly chosen new customer, E[X(t)]. */
  double expectedPurchases(double t);

  /** Weighted log-likelihood of the data under this model. */
  double logLikelihood(RepeatData data);
}

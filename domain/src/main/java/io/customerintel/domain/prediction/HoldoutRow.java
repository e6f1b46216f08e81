package io.customerintel.domain.prediction;

/**
 * One line of the conditional-expectations table: customers with this many calibration repeat purchase days
 * (or this many and more, for the last line), and their purchase days in the holdout, predicted and actual.
 */
public record HoldoutRow(int calibrationPurchases, boolean andMore, double customers, double predictedPurchases,
                         double actualPurchases) {
  public HoldoutRow {
    if (calibrationPurchases < 0 || customers < 0 || predictedPurchases < 0 || actualPurchases < 0) {
      throw new IllegalArgumentException("holdout figures are never negative");
    }
  }

  /** Mean predicted purchase days per customer of the line (0 for an empty line). */
  public double predictedPerCustomer() {
    return customers == 0 ? 0 : predictedPurchases / customers;
  }

  /** Mean actual purchase days per customer of the line (0 for an empty line). */
  public double actualPerCustomer() {
    return customers == 0 ? 0 : actualPurchases / customers;
  }
}

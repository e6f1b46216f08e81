package io.customerintel.domain.prediction;

import java.util.Objects;

/** Customers with one calibration history and the repeat purchase days they actually made in the holdout period. */
public record HoldoutGroup(RepeatHistory calibration, double customers, double actualPurchases) {
  public HoldoutGroup {
    Objects.requireNonNull(calibration, "calibration");
    if (!(customers > 0) || !(actualPurchases >= 0) || Double.isInfinite(customers) || Double.isInfinite(actualPurchases)) {
      throw new IllegalArgumentException("need customers > 0 and actual purchases >= 0");
    }
  }
}

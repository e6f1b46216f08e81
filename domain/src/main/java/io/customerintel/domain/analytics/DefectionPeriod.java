package io.customerintel.domain.analytics;

import java.math.BigDecimal;
import java.util.Objects;

/** The defections of one period of a trend: how many, the value lost with them, how many were avoidable. */
public record DefectionPeriod(Period period, long customersLost, BigDecimal lostValue, long avoidable) {
  public DefectionPeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(lostValue, "lostValue");
    if (customersLost < 0 || avoidable < 0 || avoidable > customersLost) {
      throw new IllegalArgumentException("avoidable defections must be 0 to all of the period's defections");
    }
  }
}

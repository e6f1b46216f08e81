package io.customerintel.domain.lossreview;

import io.customerintel.domain.defection.Defection;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A defection in a loss review with what the customer was worth: the recorded lostAnnualValue, else (estimated) their
 * revenue of the 365 days up to the defection day, as the defection summary counts it.
 */
public record LostCustomer(Defection defection, BigDecimal value, boolean estimated) {
  public LostCustomer {
    Objects.requireNonNull(defection, "defection");
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("value must not be negative");
    }
    if (estimated == (defection.lostAnnualValue() != null)) {
      throw new IllegalArgumentException("a value is estimated exactly when none was recorded");
    }
  }

  /** The recorded value, else the revenue of the window (zero when none). */
  public static LostCustomer of(Defection defection, BigDecimal windowRevenue) {
    return defection.lostAnnualValue() != null ? new LostCustomer(defection, defection.lostAnnualValue(), false)
        : new LostCustomer(defection, windowRevenue == null ? BigDecimal.ZERO : windowRevenue, true);
  }
}

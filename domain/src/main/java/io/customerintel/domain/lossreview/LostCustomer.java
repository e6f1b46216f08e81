package io.customerintel.domain.lossreview;

import io.customerintel.domain.defection.Defection;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A defection in a loss review with what the customer was worth: the recorded lostAnnualValue, else (estimated) their
 * revenue of the 365 days up to the defection day, as the defection summary counts it; and how many of their contact
 * requests the tenant had left unanswered past the follow-up deadline before they left.
 */
public record LostCustomer(Defection defection, BigDecimal value, boolean estimated, int missedFollowUps) {
  public LostCustomer {
    Objects.requireNonNull(defection, "defection");
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("value must not be negative");
    }
    if (missedFollowUps < 0) {
      throw new IllegalArgumentException("missedFollowUps must not be negative");
    }
    if (estimated == (defection.lostAnnualValue() != null)) {
      throw new IllegalArgumentException("a value is estimated exactly when none was recorded");
    }
  }

  /** The recorded value, else the revenue of the window (zero when none). */
  public static LostCustomer of(Defection defection, BigDecimal windowRevenue, int missedFollowUps) {
    return defection.lostAnnualValue() != null
        ? new LostCustomer(defection, defection.lostAnnualValue(), false, missedFollowUps)
        : new LostCustomer(defection, windowRevenue == null ? BigDecimal.ZERO : windowRevenue, true, missedFollowUps);
  }
}

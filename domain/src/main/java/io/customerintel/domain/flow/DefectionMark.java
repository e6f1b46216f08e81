package io.customerintel.domain.flow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A recorded defection as the ledger needs it: when, and the yearly value the tenant said it lost (if it did). */
public record DefectionMark(Instant at, BigDecimal lostAnnualValue) {
  public DefectionMark {
    Objects.requireNonNull(at, "at");
    if (lostAnnualValue != null && lostAnnualValue.signum() < 0) {
      throw new IllegalArgumentException("lost annual value must not be negative");
    }
  }
}

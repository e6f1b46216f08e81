package io.customerintel.domain.defection;

import io.customerintel.domain.customer.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer leaving: when, why, and what the tenant lost with them. originalReasonCode is the reason first recorded
 * when a loss-review call confirmed another one (docs/loss-review.md), else null.
 */
public record Defection(DefectionId id, CustomerId customerId, Instant occurredAt, String reasonCode,
                        String detail, String competitor, BigDecimal lostAnnualValue, String originalReasonCode) {
  public Defection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(reasonCode, "reasonCode");
    if (lostAnnualValue != null && lostAnnualValue.signum() < 0) {
      throw new IllegalArgumentException("lost annual value must not be negative");
    }
  }

  /** A defection whose reason was never changed. */
  public Defection(DefectionId id, CustomerId customerId, Instant occurredAt, String reasonCode, String detail,
                   String competitor, BigDecimal lostAnnualValue) {
    this(id, customerId, occurredAt, reasonCode, detail, competitor, lostAnnualValue, null);
  }
}

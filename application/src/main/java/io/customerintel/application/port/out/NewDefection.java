package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.value.ValueTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A validated defection to store, with the customer's value tier at the moment it was recorded (null when unknown:
 * reports then use the customer's current tier).
 */
public record NewDefection(CustomerId customerId, Instant occurredAt, String reasonCode, String detail,
                           String competitor, BigDecimal lostAnnualValue, ValueTier valueTier) {
  public NewDefection {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(reasonCode, "reasonCode");
  }

  /** A defection whose customer's tier is not known. */
  public NewDefection(CustomerId customerId, Instant occurredAt, String reasonCode, String detail, String competitor,
                      BigDecimal lostAnnualValue) {
    this(customerId, occurredAt, reasonCode, detail, competitor, lostAnnualValue, null);
  }
}

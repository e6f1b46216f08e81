package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A validated defection to store. */
public record NewDefection(CustomerId customerId, Instant occurredAt, String reasonCode, String detail,
                           String competitor, BigDecimal lostAnnualValue) {
  public NewDefection {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(reasonCode, "reasonCode");
  }
}

package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A validated purchase to store; day is its calendar day in the tenant's time zone. */
public record NewPurchase(CustomerId customerId, String externalId, Instant occurredAt, LocalDate day,
                          BigDecimal amount, int quantity) {
  public NewPurchase {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(amount, "amount");
  }
}

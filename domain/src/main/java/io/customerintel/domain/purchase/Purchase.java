package io.customerintel.domain.purchase;

import io.customerintel.domain.customer.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One purchase as recorded: who bought, when, for how much, how many items. */
public record Purchase(PurchaseId id, CustomerId customerId, String externalId, Instant occurredAt,
                       BigDecimal amount, int quantity) {
  public Purchase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative");
    }
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1");
    }
  }
}

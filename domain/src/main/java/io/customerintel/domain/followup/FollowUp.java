package io.customerintel.domain.followup;

import io.customerintel.domain.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** Someone of the tenant got back to a customer: it answers the contact requests made before it (docs/health.md). */
public record FollowUp(FollowUpId id, CustomerId customerId, Instant at, String by, String notes) {
  public FollowUp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
  }
}

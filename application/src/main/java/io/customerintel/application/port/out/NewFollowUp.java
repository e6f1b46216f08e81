package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** A validated follow-up about to be stored. */
public record NewFollowUp(CustomerId customerId, Instant at, String by, String notes) {
  public NewFollowUp {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
  }
}

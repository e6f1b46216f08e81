package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** A validated cancellation request to store. */
public record NewCancellationRequest(CustomerId customerId, String reasonCode, Instant requestedAt) {
  public NewCancellationRequest {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }
}

package io.customerintel.domain.savedesk;

import io.customerintel.domain.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A customer asked to cancel; the save desk talks to them once, and that attempt closes the request. */
public record CancellationRequest(CancellationRequestId id, CustomerId customerId, String reasonCode,
                                  Instant requestedAt, List<SaveAttempt> attempts) {
  public CancellationRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(requestedAt, "requestedAt");
    attempts = List.copyOf(attempts);
    if (attempts.size() > 1) {
      throw new IllegalArgumentException("a cancellation request closes with its first attempt");
    }
  }

  public CancellationStatus status() {
    return attempts.isEmpty() ? CancellationStatus.OPEN : CancellationStatus.of(attempts.get(0).outcome());
  }

  public boolean isOpen() {
    return attempts.isEmpty();
  }
}

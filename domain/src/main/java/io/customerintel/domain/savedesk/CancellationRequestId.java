package io.customerintel.domain.savedesk;

/** Identity of a cancellation request. */
public record CancellationRequestId(long value) {
  public CancellationRequestId {
    if (value <= 0) {
      throw new IllegalArgumentException("cancellation request ids are positive");
    }
  }
}

package io.customerintel.domain.customer;

/** Internal identity of a customer within the store (never shown raw to API clients). */
public record CustomerId(long value) {
  public CustomerId {
    if (value <= 0) {
      throw new IllegalArgumentException("customer id must be positive");
    }
  }
}

package io.customerintel.domain.purchase;

/** Identity of a stored purchase. */
public record PurchaseId(long value) {
  public PurchaseId {
    if (value <= 0) {
      throw new IllegalArgumentException("purchase id must be positive");
    }
  }
}

package io.customerintel.domain.defection;

/** Identity of a recorded defection. */
public record DefectionId(long value) {
  public DefectionId {
    if (value <= 0) {
      throw new IllegalArgumentException("defection id must be positive");
    }
  }
}

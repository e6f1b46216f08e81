package io.customerintel.domain.value;

/** Rank of lifetime revenue among the tenant's paying customers. */
public enum ValueTier {
  TOP(95),
  HIGH(80),
  MEDIUM(50),
  LOW(0),
  NONE(-1);

  private final int minPercentile;

  ValueTier(int minPercentile) {
    this.minPercentile = minPercentile;
  }

  /** The lowest percentile rank (0-100) a paying customer needs for this tier. */
  public int minPercentile() {
    return minPercentile;
  }
}

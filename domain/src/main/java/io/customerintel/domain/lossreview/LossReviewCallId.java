package io.customerintel.domain.lossreview;

/** Identifies a loss-review call within the store. */
public record LossReviewCallId(long value) {
  public LossReviewCallId {
    if (value <= 0) {
      throw new IllegalArgumentException("call id must be positive");
    }
  }
}

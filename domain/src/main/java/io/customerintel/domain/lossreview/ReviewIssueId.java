package io.customerintel.domain.lossreview;

/** Identifies a loss-review issue within the store. */
public record ReviewIssueId(long value) {
  public ReviewIssueId {
    if (value <= 0) {
      throw new IllegalArgumentException("issue id must be positive");
    }
  }
}

package io.customerintel.domain.lossreview;

/** Where work on a loss-review issue stands; RESOLVED is final. */
public enum IssueStatus {
  OPEN,
  IN_PROGRESS,
  RESOLVED
}

package io.customerintel.domain.lossreview;

/** How urgent a loss-review issue is. */
public enum IssuePriority {
  HIGH,
  MEDIUM,
  LOW
}

package io.customerintel.domain.lossreview;

/** Whether an executive has recorded how a loss-review call went. */
public enum CallStatus {
  OPEN,
  DONE
}

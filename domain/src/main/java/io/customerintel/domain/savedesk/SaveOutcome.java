package io.customerintel.domain.savedesk;

/** How a save attempt ended; every outcome closes the cancellation request. */
public enum SaveOutcome {
  SAVED,
  LOST,
  NOT_PURSUED
}

package io.customerintel.domain.savedesk;

/** Where a cancellation request stands: OPEN until a save attempt closes it with that attempt's outcome. */
public enum CancellationStatus {
  OPEN,
  SAVED,
  LOST,
  NOT_PURSUED;

  static CancellationStatus of(SaveOutcome outcome) {
    return valueOf(outcome.name());
  }
}

package io.customerintel.domain.lossreview;

import java.time.Instant;
import java.util.Objects;

/** How a loss-review call went; a reason is only confirmed by a customer who was reached. */
public record CallOutcome(boolean reached, String confirmedReasonCode, Boolean wouldConsiderReturning, String notes,
                          Instant recordedAt) {
  public CallOutcome {
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (!reached && (confirmedReasonCode != null || wouldConsiderReturning != null)) {
      throw new IllegalArgumentException("only a customer who was reached confirms a reason or answers");
    }
  }

  /** The same answers, whenever recorded: a retry of a recorded outcome. */
  public boolean sameAnswers(CallOutcome other) {
    return reached == other.reached && Objects.equals(confirmedReasonCode, other.confirmedReasonCode)
        && Objects.equals(wouldConsiderReturning, other.wouldConsiderReturning) && Objects.equals(notes, other.notes);
  }
}

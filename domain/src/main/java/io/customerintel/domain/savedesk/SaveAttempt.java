package io.customerintel.domain.savedesk;

import java.time.Instant;
import java.util.Objects;

/** One conversation of the save desk with a customer who asked to cancel, and how it ended. */
public record SaveAttempt(SaveOutcome outcome, String offer, String notes, Instant at) {
  public SaveAttempt {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(at, "at");
  }

  /** Whether a retry asked for the same thing: the time is the server's and differs from one call to the next. */
  public boolean sameAs(SaveOutcome otherOutcome, String otherOffer, String otherNotes) {
    return outcome == otherOutcome && Objects.equals(offer, otherOffer) && Objects.equals(notes, otherNotes);
  }
}

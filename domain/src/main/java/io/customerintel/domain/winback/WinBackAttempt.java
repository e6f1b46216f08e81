package io.customerintel.domain.winback;

import io.customerintel.domain.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** A recorded try to win a customer back; kind is the list the customer was on when attempted. */
public record WinBackAttempt(long id, CustomerId customerId, WinBackKind kind, WinBackChannel channel,
                             WinBackOutcome outcome, String notes, Instant attemptedAt) {
  public WinBackAttempt {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(attemptedAt, "attemptedAt");
  }

  /** Whether another recording of the same customer, time and channel says the same thing (a safe retry). */
  public boolean sameAs(WinBackOutcome otherOutcome, String otherNotes) {
    return outcome == otherOutcome && Objects.equals(notes, otherNotes);
  }
}

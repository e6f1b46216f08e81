package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.winback.WinBackChannel;
import io.customerintel.domain.winback.WinBackKind;
import io.customerintel.domain.winback.WinBackOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A validated win-back attempt about to be stored; attemptedDay is its calendar day in the tenant's zone. */
public record NewWinBackAttempt(CustomerId customerId, WinBackKind kind, WinBackChannel channel,
                                WinBackOutcome outcome, String notes, Instant attemptedAt, LocalDate attemptedDay) {
  public NewWinBackAttempt {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(attemptedAt, "attemptedAt");
    Objects.requireNonNull(attemptedDay, "attemptedDay");
  }
}

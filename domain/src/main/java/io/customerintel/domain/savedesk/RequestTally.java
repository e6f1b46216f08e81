package io.customerintel.domain.savedesk;

import java.time.LocalDate;
import java.util.Objects;

/** How many requests made on one day (tenant zone) for one reason stand at one status. */
public record RequestTally(LocalDate day, String reasonCode, CancellationStatus status, int count) {
  public RequestTally {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(status, "status");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }
}

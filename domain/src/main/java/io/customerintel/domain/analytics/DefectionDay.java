package io.customerintel.domain.analytics;

import java.time.LocalDate;
import java.util.Objects;

/** The defections on one tenant-local day, and how many of them had an avoidable reason. */
public record DefectionDay(LocalDate day, LossTally loss, long avoidable) {
  public DefectionDay {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(loss, "loss");
    if (avoidable < 0 || avoidable > loss.customers()) {
      throw new IllegalArgumentException("avoidable defections must be 0 to all of the day's defections");
    }
  }
}

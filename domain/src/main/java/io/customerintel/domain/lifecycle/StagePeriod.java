package io.customerintel.domain.lifecycle;

import java.time.LocalDate;
import java.util.Objects;

/** A stretch of days over which a customer's stage stays the same; null ends are open. */
public record StagePeriod(LifecycleStage stage, LocalDate from, LocalDate until) {
  public StagePeriod {
    Objects.requireNonNull(stage, "stage");
    if (from != null && until != null && !from.isBefore(until)) {
      throw new IllegalArgumentException("a stage period must not be empty");
    }
  }

  public boolean contains(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
  }
}

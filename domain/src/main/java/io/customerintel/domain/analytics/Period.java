package io.customerintel.domain.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A run of calendar days, first and last included. */
public record Period(LocalDate start, LocalDate end) {
  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("period starts " + start + " after it ends " + end);
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }
}

package io.customerintel.domain.winback;

import java.time.LocalDate;
import java.util.Optional;

/** How often a tenant reviews its win-back lists, in whole months (1 to 24, default 6). */
public record ReviewCadence(int months) {
  public static final int MIN_MONTHS = 1;
  public static final int MAX_MONTHS = 24;
  public static final ReviewCadence DEFAULT = new ReviewCadence(6);

  public ReviewCadence {
    if (!isValid(months)) {
      throw new IllegalArgumentException("review cadence must be " + MIN_MONTHS + " to " + MAX_MONTHS + " months");
    }
  }

  public static boolean isValid(int months) {
    return months >= MIN_MONTHS && months <= MAX_MONTHS;
  }

  /** The day the next review is due: the cadence after the last review's day, or today when never reviewed. */
  public LocalDate nextDue(Optional<LocalDate> lastReviewedDay, LocalDate today) {
    return lastReviewedDay.map(day -> day.plusMonths(months)).orElse(today);
  }
}

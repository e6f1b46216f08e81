package io.customerintel.domain.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Calendar periods that reports split a range of days into: days, ISO weeks (Monday first), months, quarters, years. */
public enum Interval {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  /** The first day of the calendar period that contains the day. */
  public LocalDate startOf(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /**
   * The mean length in days (a Gregorian year is 365.25 days on average): the unit in which the customer-base
   * models measure time, where a month must be one fixed length.
   */
  public double meanDays() {
    return switch (this) {
      case DAY -> 1;
      case WEEK -> 7;
      case MONTH -> 365.25 / 12;
      case QUARTER -> 365.25 / 4;
      case YEAR -> 365.25;
    };
  }

  /** How many calendar periods overlap [from, to], computed without listing them (to refuse huge ranges cheaply). */
  public long count(LocalDate from, LocalDate to) {
    requireOrdered(from, to);
    LocalDate first = startOf(from);
    LocalDate last = startOf(to);
    long between = switch (this) {
      case DAY -> ChronoUnit.DAYS.between(first, last);
      case WEEK -> ChronoUnit.WEEKS.between(first, last);
      case MONTH -> ChronoUnit.MONTHS.between(first, last);
      case QUARTER -> ChronoUnit.MONTHS.between(first, last) / 3;
      case YEAR -> ChronoUnit.YEARS.between(first, last);
    };
    return between + 1;
  }

  /** The calendar periods overlapping [from, to], in order, the first and last clipped to the range. */
  public List<Period> split(LocalDate from, LocalDate to) {
    requireOrdered(from, to);
    List<Period> periods = new ArrayList<>();
    LocalDate start = from;
    while (!start.isAfter(to)) {
      LocalDate next = startOfNext(start);
      LocalDate end = next.minusDays(1);
      periods.add(new Period(start, end.isAfter(to) ? to : end));
      start = next;
    }
    return periods;
  }

  private LocalDate startOfNext(LocalDate day) {
    LocalDate start = startOf(day);
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  private static void requireOrdered(LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }
}

package io.customerintel.application.port.in;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.analytics.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The days a report covers, first and last included, as a client asked for them: refused unless from <= to. */
public record DateRange(LocalDate from, LocalDate to) {
  /** One answer holds at most this many periods: ten years of weeks fit, a daily series of centuries does not. */
  public static final int MAX_PERIODS = 1_000;
  static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new UseCaseException(ErrorCodes.INVALID_DATE_RANGE, "from (" + from + ") must not be after to (" + to + ")",
          Map.of("from", from.toString(), "to", to.toString()));
    }
    if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
      throw new UseCaseException(ErrorCodes.INVALID_DATE_RANGE, "dates must lie between " + EARLIEST + " and " + LATEST,
          Map.of("from", from.toString(), "to", to.toString()));
    }
  }

  public Period period() {
    return new Period(from, to);
  }

  /** The calendar periods of the interval overlapping the range, clipped to it; refused when there are too many. */
  public List<Period> periods(Interval interval) {
    requirePeriodsAtMost(interval);
    return interval.split(from, to);
  }

  /** Refuses the range when it has more than MAX_PERIODS periods of the interval; counts without listing them. */
  public void requirePeriodsAtMost(Interval interval) {
    Objects.requireNonNull(interval, "interval");
    long count = interval.count(from, to);
    if (count > MAX_PERIODS) {
      throw new UseCaseException(ErrorCodes.RANGE_TOO_LARGE, from + " to " + to + " has " + count + " periods of "
          + interval + "; at most " + MAX_PERIODS + " are allowed, use a larger interval or a shorter range",
          Map.of("periods", count, "maxPeriods", MAX_PERIODS, "interval", interval.name()));
    }
  }
}

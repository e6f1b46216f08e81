package io.customerintel.domain.lossreview;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The calendar month a loss review covers, written "YYYY-MM"; its days are the tenant's. */
public record ReviewMonth(YearMonth value) {
  private static final Pattern FORMAT = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  public ReviewMonth {
    Objects.requireNonNull(value, "value");
  }

  /** The month written "YYYY-MM", or empty for anything else (strict, so one month has one spelling). */
  public static Optional<ReviewMonth> parse(String text) {
    if (text == null || !FORMAT.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new ReviewMonth(YearMonth.parse(text)));
  }

  /** The first instant of the month's first day in the zone. */
  public Instant start(ZoneId zone) {
    return value.atDay(1).atStartOfDay(zone).toInstant();
  }

  /** The first instant after the month in the zone: the next month's start. */
  public Instant end(ZoneId zone) {
    return value.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

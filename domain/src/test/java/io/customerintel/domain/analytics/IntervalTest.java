package io.customerintel.domain.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTest {

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  static Period period(String start, String end) {
    return new Period(day(start), day(end));
  }

  @ParameterizedTest(name = "{1} starts the {0} of {2}")
  @CsvSource({
      "WEEK, 2026-06-15, 2026-06-15",
      "WEEK, 2026-06-15, 2026-06-21",
      "WEEK, 2026-06-22, 2026-06-22",
      "WEEK, 2025-12-29, 2026-01-01",
      "MONTH, 2024-02-01, 2024-02-29",
      "MONTH, 2024-03-01, 2024-03-01",
      "QUARTER, 2026-01-01, 2026-03-31",
      "QUARTER, 2026-04-01, 2026-04-01",
      "QUARTER, 2026-07-01, 2026-09-30",
      "QUARTER, 2026-10-01, 2026-12-31",
      "YEAR, 2026-01-01, 2026-12-31",
      "YEAR, 2027-01-01, 2027-01-01"})
  void everyDayBelongsToThePeriodStartingOnTheRightCalendarDay(Interval interval, LocalDate start, LocalDate day) {
    assertEquals(start, interval.startOf(day));
  }

  @Test
  void daysAreOneDayEachAndCountedWithoutListingThem() {
    assertEquals(List.of(period("2026-06-14", "2026-06-14"), period("2026-06-15", "2026-06-15")),
        Interval.DAY.split(day("2026-06-14"), day("2026-06-15")));
    assertEquals(366, Interval.DAY.count(day("2024-01-01"), day("2024-12-31")));
  }

  @Test
  void modelPeriodsHaveTheirMeanLengthInDays() {
    assertEquals(1, Interval.DAY.meanDays());
    assertEquals(7, Interval.WEEK.meanDays());
    assertEquals(30.4375, Interval.MONTH.meanDays());
    assertEquals(365.25, Interval.YEAR.meanDays());
  }

  @Test
  void weeksStartOnMondayAndTheRangeIsClippedAtBothEnds() {
    // 2026-06-14 is a Sunday, 2026-06-15 a Monday
    assertEquals(List.of(period("2026-06-14", "2026-06-14"), period("2026-06-15", "2026-06-21"),
        period("2026-06-22", "2026-06-24")), Interval.WEEK.split(day("2026-06-14"), day("2026-06-24")));
  }

  @Test
  void anIsoWeekSpansTheTurnOfTheYear() {
    assertEquals(List.of(period("2025-12-29", "2026-01-04")),
        Interval.WEEK.split(day("2025-12-29"), day("2026-01-04")));
  }

  @Test
  void monthsFollowTheCalendarIncludingLeapFebruary() {
    assertEquals(List.of(period("2024-01-31", "2024-01-31"), period("2024-02-01", "2024-02-29"),
        period("2024-03-01", "2024-03-01")), Interval.MONTH.split(day("2024-01-31"), day("2024-03-01")));
  }

  @Test
  void quartersEndOnTheLastDayOfMarchJuneSeptemberAndDecember() {
    assertEquals(List.of(period("2025-11-15", "2025-12-31"), period("2026-01-01", "2026-03-31"),
        period("2026-04-01", "2026-06-30"), period("2026-07-01", "2026-07-01")),
        Interval.QUARTER.split(day("2025-11-15"), day("2026-07-01")));
  }

  @Test
  void yearsEndOnTheLastOfDecember() {
    assertEquals(List.of(period("2024-12-31", "2024-12-31"), period("2025-01-01", "2025-12-31"),
        period("2026-01-01", "2026-06-15")), Interval.YEAR.split(day("2024-12-31"), day("2026-06-15")));
  }

  @Test
  void aSingleDayIsOnePeriodOfEveryInterval() {
    for (Interval interval : Interval.values()) {
      assertEquals(List.of(period("2026-06-15", "2026-06-15")), interval.split(day("2026-06-15"), day("2026-06-15")));
      assertEquals(1, interval.count(day("2026-06-15"), day("2026-06-15")));
    }
  }

  @Test
  void theCountWithoutListingAgreesWithTheListedPeriodsAndTheyTileTheRange() {
    Random random = new Random(17);
    for (int i = 0; i < 2_000; i++) {
      LocalDate from = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3_000));
      LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 40 : 1_500));
      for (Interval interval : Interval.values()) {
        List<Period> periods = interval.split(from, to);
        assertEquals(periods.size(), interval.count(from, to), interval + " " + from + ".." + to);
        assertEquals(from, periods.get(0).start());
        assertEquals(to, periods.get(periods.size() - 1).end());
        for (int p = 0; p < periods.size(); p++) {
          Period period = periods.get(p);
          assertEquals(interval.startOf(period.start()), interval.startOf(period.end()), "one calendar period");
          if (p > 0) {
            assertEquals(periods.get(p - 1).end().plusDays(1), period.start(), "no gap, no overlap");
            assertEquals(period.start(), interval.startOf(period.start()), "inner periods start on their calendar day");
          }
        }
      }
    }
  }

  @Test
  void aRangeEndingBeforeItStartsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Interval.MONTH.split(day("2026-02-01"), day("2026-01-31")));
    assertThrows(IllegalArgumentException.class, () -> Interval.MONTH.count(day("2026-02-01"), day("2026-01-31")));
    assertThrows(IllegalArgumentException.class, () -> period("2026-02-01", "2026-01-31"));
  }
}

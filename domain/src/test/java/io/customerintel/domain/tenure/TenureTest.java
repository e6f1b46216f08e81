package io.customerintel.domain.tenure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.HistoryBuilder;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenureTest {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

  static Tenure tenureAfter(long days) {
    CustomerFacts facts = HistoryBuilder.customer().boughtOn(TODAY.minusDays(days)).facts();
    return Tenure.of(facts, TODAY);
  }

  @ParameterizedTest(name = "{0} days after the first purchase the band is {1}")
  @CsvSource({
      "0, FIRST_90_DAYS",
      "1, FIRST_90_DAYS",
      "89, FIRST_90_DAYS",
      "90, FIRST_90_DAYS",
      "91, UNDER_1_YEAR",
      "364, UNDER_1_YEAR",
      "365, ONE_TO_3_YEARS",
      "366, ONE_TO_3_YEARS",
      "1094, ONE_TO_3_YEARS",
      "1095, OVER_3_YEARS",
      "1096, OVER_3_YEARS",
      "20000, OVER_3_YEARS"})
  void tenureCountsDaysFromTheFirstPurchaseDayIntoItsBand(long days, TenureBand band) {
    assertEquals(new Tenure(days, band), tenureAfter(days));
  }

  @Test
  void withoutAPurchaseTenureIsZeroInBandNone() {
    assertEquals(new Tenure(0, TenureBand.NONE), Tenure.of(CustomerFacts.NONE, TODAY));
  }

  @Test
  void aFirstPurchaseAfterTodayCountsAsZeroDays() {
    CustomerFacts facts = HistoryBuilder.customer().boughtOn(TODAY.plusDays(1)).facts();
    assertEquals(new Tenure(0, TenureBand.FIRST_90_DAYS), Tenure.of(facts, TODAY));
  }

  @Test
  void tenureCountsFromTheFirstPurchaseNotTheLatest() {
    CustomerFacts facts = HistoryBuilder.customer().boughtOn(TODAY.minusDays(400), TODAY.minusDays(3)).facts();
    assertEquals(new Tenure(400, TenureBand.ONE_TO_3_YEARS), Tenure.of(facts, TODAY));
  }

  @Test
  void tenureIsNeverNegative() {
    assertThrows(IllegalArgumentException.class, () -> new Tenure(-1, TenureBand.FIRST_90_DAYS));
    assertThrows(NullPointerException.class, () -> new Tenure(1, null));
  }

  @Test
  void theBandsAreTheDocumentedRanges() {
    assertEquals(new TenureBand.DayRange(TODAY.minusDays(90), null), TenureBand.FIRST_90_DAYS.firstPurchaseDays(TODAY));
    assertEquals(new TenureBand.DayRange(TODAY.minusDays(364), TODAY.minusDays(91)),
        TenureBand.UNDER_1_YEAR.firstPurchaseDays(TODAY));
    assertEquals(new TenureBand.DayRange(TODAY.minusDays(1094), TODAY.minusDays(365)),
        TenureBand.ONE_TO_3_YEARS.firstPurchaseDays(TODAY));
    assertEquals(new TenureBand.DayRange(null, TODAY.minusDays(1095)), TenureBand.OVER_3_YEARS.firstPurchaseDays(TODAY));
  }

  @Test
  void bandNoneHasNoFirstPurchaseRange() {
    assertThrows(IllegalStateException.class, () -> TenureBand.NONE.firstPurchaseDays(TODAY));
    assertEquals(TenureBand.NONE, TenureBand.of(false, 500));
  }

  /** For every first-purchase day around each boundary, exactly the customer's own band's range holds it. */
  @Test
  void firstPurchaseDaysSelectExactlyTheCustomersOfTheBand() {
    for (long days = -5; days <= 1200; days++) {
      LocalDate firstPurchase = TODAY.minusDays(days);
      TenureBand band = Tenure.of(HistoryBuilder.customer().boughtOn(firstPurchase).facts(), TODAY).band();
      for (TenureBand candidate : TenureBand.values()) {
        if (candidate == TenureBand.NONE) {
          continue;
        }
        assertEquals(candidate == band, contains(candidate.firstPurchaseDays(TODAY), firstPurchase),
            candidate + " vs first purchase " + days + " days ago (band " + band + ")");
      }
    }
  }

  @Test
  void firstPurchaseRangesAgreeWithBandsOnRandomDays() {
    Random random = new Random(11);
    for (int i = 0; i < 5000; i++) {
      LocalDate today = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
      LocalDate first = today.minusDays(random.nextInt(3000));
      TenureBand band = TenureBand.of(true, java.time.temporal.ChronoUnit.DAYS.between(first, today));
      for (TenureBand candidate : TenureBand.values()) {
        if (candidate != TenureBand.NONE) {
          assertEquals(candidate == band, contains(candidate.firstPurchaseDays(today), first));
        }
      }
    }
  }

  @Test
  void anOpenEndedRangeHasNullEnds() {
    assertNull(TenureBand.FIRST_90_DAYS.firstPurchaseDays(TODAY).latest());
    assertNull(TenureBand.OVER_3_YEARS.firstPurchaseDays(TODAY).earliest());
  }

  static boolean contains(TenureBand.DayRange range, LocalDate day) {
    return (range.earliest() == null || !day.isBefore(range.earliest()))
        && (range.latest() == null || !day.isAfter(range.latest()));
  }
}

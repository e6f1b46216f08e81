package io.customerintel.domain.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.defection.DefectionCategory;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefectionSummaryTest {
  static final Period JUNE = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));

  static DefectionReason reason(String code) {
    return DefaultDefectionReasons.ALL.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  static CustomerLoss loss(String day, String code, ValueTier tier, TenureBand band, String value) {
    return new CustomerLoss(LocalDate.parse(day), reason(code), tier, band, new BigDecimal(value));
  }

  static final List<CustomerLoss> LOSSES = List.of(
      loss("2026-06-01", "TOO_EXPENSIVE", ValueTier.TOP, TenureBand.OVER_3_YEARS, "1000"),
      loss("2026-06-02", "TOO_EXPENSIVE", ValueTier.LOW, TenureBand.FIRST_90_DAYS, "10"),
      loss("2026-06-02", "CANNOT_AFFORD", ValueTier.LOW, TenureBand.FIRST_90_DAYS, "20"),
      loss("2026-06-15", "MOVED_OR_CLOSED", ValueTier.HIGH, TenureBand.UNDER_1_YEAR, "300"),
      loss("2026-07-01", "POOR_SERVICE", ValueTier.TOP, TenureBand.OVER_3_YEARS, "5000"));

  @Test
  void eachDefectionInTheRangeCountsOnceInEveryBreakdown() {
    DefectionSummary summary = DefectionSummary.of(JUNE, LOSSES);

    assertEquals(new LossTally(4, new BigDecimal("1330")), summary.total());
    assertEquals(List.of("TOO_EXPENSIVE", "MOVED_OR_CLOSED", "CANNOT_AFFORD"),
        summary.byReason().stream().map(s -> s.key().code()).toList(), "most defections first, then most value");
    assertEquals(0.5, summary.byReason().get(0).share());
    assertEquals(List.of(DefectionCategory.PRICE, DefectionCategory.NO_LONGER_NEEDED),
        summary.byCategory().stream().map(LossShare::key).toList(), "only categories with defections");
    assertEquals(3, summary.byCategory().get(0).customers());
    assertEquals(0, new BigDecimal("1030").compareTo(summary.byCategory().get(0).lostValue()));
    assertEquals(2, summary.avoidable());
    assertEquals(0.5, summary.avoidableShare());
  }

  @Test
  void everyValueTierAndTenureBandIsListedAndTheSharesAddUpToOne() {
    DefectionSummary summary = DefectionSummary.of(JUNE, LOSSES);

    assertEquals(List.of(ValueTier.values()), summary.byValueTier().stream().map(LossShare::key).toList());
    assertEquals(List.of(TenureBand.values()), summary.byTenureBand().stream().map(LossShare::key).toList());
    assertEquals(Map.of(ValueTier.TOP, 1L, ValueTier.HIGH, 1L, ValueTier.MEDIUM, 0L, ValueTier.LOW, 2L,
        ValueTier.NONE, 0L), Map.of(ValueTier.TOP, summary.byValueTier().get(0).customers(),
        ValueTier.HIGH, summary.byValueTier().get(1).customers(), ValueTier.MEDIUM,
        summary.byValueTier().get(2).customers(), ValueTier.LOW, summary.byValueTier().get(3).customers(),
        ValueTier.NONE, summary.byValueTier().get(4).customers()));
    assertEquals(1.0, summary.byTenureBand().stream().mapToDouble(LossShare::share).sum(), 1e-12);
  }

  @Test
  void aRangeWithoutDefectionsHasZerosAndNoShares() {
    DefectionSummary summary = DefectionSummary.of(JUNE, List.of());
    assertEquals(LossTally.NONE, summary.total());
    assertEquals(List.of(), summary.byReason());
    assertEquals(0.0, summary.avoidableShare());
    assertEquals(0.0, summary.byValueTier().get(0).share());
    assertEquals(5, summary.trend(Interval.WEEK.split(JUNE.start(), JUNE.end())).size());
  }

  @Test
  void theTrendAddsTheDaysUpPerPeriodWithEmptyPeriodsIncluded() {
    DefectionSummary summary = DefectionSummary.of(JUNE, LOSSES);
    List<DefectionPeriod> weeks = summary.trend(Interval.WEEK.split(JUNE.start(), JUNE.end()));

    // 2026-06-01 is a Monday
    assertEquals(List.of(3L, 0L, 1L, 0L, 0L), weeks.stream().map(DefectionPeriod::customersLost).toList());
    assertEquals(List.of(2L, 0L, 0L, 0L, 0L), weeks.stream().map(DefectionPeriod::avoidable).toList());
    assertEquals(0, new BigDecimal("1030").compareTo(weeks.get(0).lostValue()));
    assertEquals(new Period(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 6, 30)), weeks.get(4).period());
  }

  @Test
  void breakdownsThatDoNotAddUpToTheTotalAreRefused() {
    Map<DefectionReason, LossTally> reasons = Map.of(reason("OTHER"), new LossTally(2, BigDecimal.TEN));
    Map<ValueTier, LossTally> tiers = Map.of(ValueTier.LOW, new LossTally(1, BigDecimal.TEN));
    Map<TenureBand, LossTally> bands = Map.of(TenureBand.NONE, new LossTally(2, BigDecimal.TEN));
    List<DefectionDay> days = List.of(new DefectionDay(JUNE.start(), new LossTally(2, BigDecimal.TEN), 0));
    assertThrows(IllegalArgumentException.class, () -> DefectionSummary.of(JUNE, reasons, tiers, bands, days));
  }

  @Test
  void withoutARecordedValueTheLostValueIsTheRevenueOfTheLast365DaysUpToTheDefectionDay() {
    LocalDate left = LocalDate.of(2026, 6, 15);
    List<PurchaseDayTotal> days = List.of(purchaseDay(left.minusDays(365), "1"), purchaseDay(left.minusDays(364), "10"),
        purchaseDay(left, "100"), purchaseDay(left.plusDays(1), "1000"));
    assertEquals(0, new BigDecimal("110").compareTo(CustomerLoss.lostValue(null, days, left)));
    assertEquals(new BigDecimal("42"), CustomerLoss.lostValue(new BigDecimal("42"), days, left));
  }

  @Test
  void theTenureBandAtDefectionCountsFromTheFirstPurchaseBeforeIt() {
    Instant leftAt = Instant.parse("2026-06-15T10:00:00Z");
    LocalDate left = LocalDate.of(2026, 6, 15);
    assertEquals(TenureBand.FIRST_90_DAYS, CustomerLoss.tenureBand(leftAt, left, leftAt, left), "bought at that instant");
    assertEquals(TenureBand.NONE, CustomerLoss.tenureBand(leftAt.plusSeconds(1), left, leftAt, left), "bought after");
    assertEquals(TenureBand.NONE, CustomerLoss.tenureBand(null, null, leftAt, left), "never bought");
    assertEquals(TenureBand.UNDER_1_YEAR, CustomerLoss.tenureBand(leftAt.minusSeconds(91 * 86_400L),
        left.minusDays(91), leftAt, left));
    assertEquals(TenureBand.ONE_TO_3_YEARS, CustomerLoss.tenureBand(leftAt.minusSeconds(365 * 86_400L),
        left.minusDays(365), leftAt, left));
  }

  static PurchaseDayTotal purchaseDay(LocalDate day, String revenue) {
    Instant at = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3_600);
    return new PurchaseDayTotal(day, 1, new BigDecimal(revenue), at, at);
  }
}

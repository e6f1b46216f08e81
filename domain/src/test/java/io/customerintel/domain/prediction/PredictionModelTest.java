package io.customerintel.domain.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tenant's prediction model: histories in model periods, forecasts, and which stored models drive it. */
class PredictionModelTest {
  static final BgNbd CDNOW = new BgNbd(0.243, 4.414, 0.793, 2.426);
  static final GammaGamma SPEND = new GammaGamma(6.25, 3.74, 15.44);
  static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

  static CustomerFacts bought(int days, LocalDate first, LocalDate last, String revenue) {
    Instant firstAt = first.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant lastAt = last.atStartOfDay(ZoneOffset.UTC).toInstant();
    return new CustomerFacts(days, days, new BigDecimal(revenue), firstAt, lastAt, first, last, null, null);
  }

  static CustomerFacts leftAnHourAfterTheLastPurchase(CustomerFacts bought) {
    return new CustomerFacts(bought.purchaseCount(), bought.purchaseDays(), bought.revenue(), bought.firstPurchaseAt(),
        bought.lastPurchaseAt(), bought.firstPurchaseDay(), bought.lastPurchaseDay(), null,
        bought.lastPurchaseAt().plusSeconds(3600));
  }

  @Test
  void aProspectHasNoHistoryAndNoForecast() {
    PredictionModel model = new PredictionModel(CDNOW, SPEND, Interval.WEEK);
    assertEquals(Optional.empty(), model.history(0, null, null, FIRST));
    assertEquals(Optional.empty(), model.forecast(CustomerFacts.NONE, null, FIRST));
  }

  @Test
  void theHistoryCountsRepeatPurchaseDaysAndMeasuresTimeInModelPeriods() {
    PredictionModel weekly = new PredictionModel(CDNOW, SPEND, Interval.WEEK);
    assertEquals(new RepeatHistory(2, 2, 4), weekly.history(3, FIRST, FIRST.plusDays(14), FIRST.plusDays(28)).get());
    PredictionModel daily = new PredictionModel(CDNOW, SPEND, Interval.DAY);
    assertEquals(new RepeatHistory(2, 14, 28), daily.history(3, FIRST, FIRST.plusDays(14), FIRST.plusDays(28)).get());
    PredictionModel monthly = new PredictionModel(CDNOW, SPEND, Interval.MONTH);
    assertEquals(365 / (365.25 / 12), monthly.history(2, FIRST, FIRST.plusDays(30), FIRST.plusDays(365)).get().T(),
        1e-12);
  }

  @Test
  void aPurchaseStampedAheadOfTodayEndsTheHistoryOnItsDay() {
    PredictionModel daily = new PredictionModel(CDNOW, SPEND, Interval.DAY);
    assertEquals(new RepeatHistory(1, 10, 10), daily.history(2, FIRST, FIRST.plusDays(10), FIRST.plusDays(9)).get());
  }

  @Test
  void theForecastSpendIsGammaGammaOnTheMeanOfTheRepeatDays() {
    PredictionModel model = new PredictionModel(CDNOW, SPEND, Interval.WEEK);
    // 3 days worth 100 in all, the first 40: the two repeat days average 30
    CustomerForecast forecast = model.forecast(bought(3, FIRST, FIRST.plusDays(14), "100"), new BigDecimal("40"),
        FIRST.plusDays(28)).orElseThrow();
    assertEquals(SPEND.expectedSpend(2, 30), forecast.spendPerPurchaseDay(), 1e-9);
    assertEquals(forecast.expectedPurchases(39) * SPEND.expectedSpend(2, 30), forecast.predictedValue(39), 1e-9);
    assertEquals(CDNOW.probabilityAlive(new RepeatHistory(2, 2, 4)), forecast.probabilityAlive(), 1e-12);
  }

  @Test
  void aCustomerWhoToldUsTheyLeftIsForecastNothing() {
    PredictionModel model = new PredictionModel(CDNOW, SPEND, Interval.WEEK);
    CustomerFacts bought = bought(3, FIRST, FIRST.plusDays(14), "100");
    CustomerFacts left = leftAnHourAfterTheLastPurchase(bought);
    CustomerForecast forecast = model.forecast(left, new BigDecimal("40"), FIRST.plusDays(28)).orElseThrow();
    assertEquals(0, forecast.probabilityAlive());
    assertEquals(0, forecast.expectedPurchases(52));
    assertEquals(0, forecast.predictedValue(52));
    assertEquals(0, forecast.predictedValue(52, 0.1));
    assertTrue(model.forecast(bought, new BigDecimal("40"), FIRST.plusDays(28)).orElseThrow().probabilityAlive() > 0);
  }

  @Test
  void aOneTimeBuyerIsForecastTheMeanSpendOfAll() {
    PredictionModel model = new PredictionModel(CDNOW, SPEND, Interval.WEEK);
    CustomerForecast forecast = model.forecast(bought(1, FIRST, FIRST, "25"), null, FIRST.plusDays(7)).orElseThrow();
    assertEquals(SPEND.populationMeanSpend(), forecast.spendPerPurchaseDay(), 1e-9);
  }

  @Test
  void withoutASpendModelThereIsNoValue() {
    PredictionModel model = new PredictionModel(CDNOW, null, Interval.WEEK);
    CustomerForecast forecast = model.forecast(bought(2, FIRST, FIRST.plusDays(7), "20"), null, FIRST.plusDays(14))
        .orElseThrow();
    assertNull(forecast.predictedValue(10));
    assertNull(forecast.predictedValue(10, 0.1));
    assertTrue(forecast.expectedPurchases(10) > 0);
  }

  @Test
  void theProbabilityAliveForHealthIsTheCountModelsOnThatDay() {
    PredictionModel model = new PredictionModel(CDNOW, SPEND, Interval.WEEK);
    List<PurchaseDayTotal> days = List.of(day(FIRST), day(FIRST.plusDays(14)));
    assertEquals(CDNOW.probabilityAlive(new RepeatHistory(1, 2, 10)), model.probabilityAlive(days,
        FIRST.plusDays(70)), 1e-12);
  }

  @Test
  void theStoredModelsGiveTheChosenCountModelWithTheSpendModel() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    FittedModel bg = new FittedModel(ModelKind.BG_NBD, CDNOW.parameters(), -9582.4, 2357, Interval.WEEK,
        LocalDate.of(1997, 9, 30), null, at, Duration.ofMillis(5));
    FittedModel gg = new FittedModel(ModelKind.GAMMA_GAMMA, SPEND.parameters(), -4000, 946, Interval.WEEK,
        LocalDate.of(1997, 9, 30), null, at, Duration.ofMillis(5));
    assertEquals(new PredictionModel(CDNOW, SPEND, Interval.WEEK), PredictionModel.of(List.of(bg, gg),
        ModelKind.BG_NBD).orElseThrow());
    assertEquals(Optional.empty(), PredictionModel.of(List.of(bg, gg), ModelKind.MBG_NBD));
    assertEquals(new PredictionModel(CDNOW, null, Interval.WEEK), PredictionModel.of(List.of(bg),
        ModelKind.BG_NBD).orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> PredictionModel.of(List.of(bg), ModelKind.GAMMA_GAMMA));
  }

  @Test
  void aStoredModelNeedsAFiniteLikelihoodAndAHoldoutAfterItsCalibration() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    LocalDate end = LocalDate.of(1997, 9, 30);
    assertThrows(IllegalArgumentException.class, () -> new FittedModel(ModelKind.BG_NBD, CDNOW.parameters(),
        Double.NaN, 1, Interval.WEEK, end, null, at, Duration.ZERO));
    HoldoutValidation early = new HoldoutValidation(end, 1, 0, 0, List.of());
    assertThrows(IllegalArgumentException.class, () -> new FittedModel(ModelKind.BG_NBD, CDNOW.parameters(),
        -1, 1, Interval.WEEK, end, early, at, Duration.ZERO));
  }

  private static PurchaseDayTotal day(LocalDate day) {
    Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    return new PurchaseDayTotal(day, 1, BigDecimal.TEN, at, at);
  }

  @Test
  void theYearAheadValueIsTheForecastValueOverAYearOfModelPeriods() {
    PredictionModel weekly = new PredictionModel(CDNOW, SPEND, Interval.WEEK);
    CustomerFacts facts = bought(3, FIRST, FIRST.plusDays(14), "100");
    CustomerForecast forecast = weekly.forecast(facts, new BigDecimal("40"), FIRST.plusDays(28)).orElseThrow();
    assertEquals(52, weekly.periodsPerYear());
    assertEquals(forecast.predictedValue(52), weekly.yearAheadValue(facts, new BigDecimal("40"), FIRST.plusDays(28))
        .orElseThrow(), 1e-9);
    assertEquals(365, new PredictionModel(CDNOW, SPEND, Interval.DAY).periodsPerYear());
    assertEquals(12, new PredictionModel(CDNOW, SPEND, Interval.MONTH).periodsPerYear());
    assertEquals(1, new PredictionModel(CDNOW, SPEND, Interval.YEAR).periodsPerYear());
  }

  @Test
  void aRecordedDefectionDoesNotZeroTheYearAheadValueOfTheBuyingPattern() {
    PredictionModel model = new PredictionModel(CDNOW, SPEND, Interval.WEEK);
    CustomerFacts bought = bought(3, FIRST, FIRST.plusDays(14), "100");
    CustomerFacts left = leftAnHourAfterTheLastPurchase(bought);
    double kept = model.yearAheadValue(bought, new BigDecimal("40"), FIRST.plusDays(28)).orElseThrow();
    assertTrue(kept > 0);
    assertEquals(kept, model.yearAheadValue(left, new BigDecimal("40"), FIRST.plusDays(28)).orElseThrow(), 1e-12);
  }

  @Test
  void thereIsNoYearAheadValueForAProspectOrWithoutASpendModel() {
    assertEquals(Optional.empty(), new PredictionModel(CDNOW, SPEND, Interval.WEEK)
        .yearAheadValue(CustomerFacts.NONE, null, FIRST));
    assertEquals(Optional.empty(), new PredictionModel(CDNOW, null, Interval.WEEK)
        .yearAheadValue(bought(3, FIRST, FIRST.plusDays(14), "100"), new BigDecimal("40"), FIRST.plusDays(28)));
  }
}

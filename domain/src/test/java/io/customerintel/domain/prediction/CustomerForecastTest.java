package io.customerintel.domain.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.domain.analytics.Interval;
import org.junit.jupiter.api.Test;

/** A customer's forecast over a horizon, undiscounted and discounted. */
class CustomerForecastTest {
  static final CustomerForecast FORECAST = new CustomerForecast(new BgNbd(0.243, 4.414, 0.793, 2.426),
      new RepeatHistory(2, 30.43, 38.86), 35.0, Interval.WEEK);

  @Test
  void theValueIsExpectedPurchasesTimesSpendPerPurchaseDay() {
    assertEquals(FORECAST.expectedPurchases(39) * 35.0, FORECAST.predictedValue(39), 1e-9);
  }

  @Test
  void aZeroDiscountRateGivesTheUndiscountedValue() {
    assertEquals(FORECAST.predictedValue(52), FORECAST.predictedValue(52, 0), 1e-9);
  }

  @Test
  void discountingLowersTheValueMoreAtHigherRatesAndLongerHorizons() {
    double undiscounted = FORECAST.predictedValue(104);
    double at10 = FORECAST.predictedValue(104, 0.10);
    double at30 = FORECAST.predictedValue(104, 0.30);
    assertTrue(at30 < at10 && at10 < undiscounted, at30 + " < " + at10 + " < " + undiscounted);
    // a sum of per-week increments, each discounted from the end of its week: check one week by hand
    double firstWeek = FORECAST.expectedPurchases(1) * 35.0 / Math.pow(1.1, 7 / 365.25);
    assertEquals(firstWeek, FORECAST.predictedValue(1, 0.10), 1e-9);
  }

  @Test
  void horizonsAndRatesOutsideTheirRangesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FORECAST.expectedPurchases(0));
    assertThrows(IllegalArgumentException.class, () -> FORECAST.expectedPurchases(CustomerForecast.MAX_PERIODS + 1));
    assertThrows(IllegalArgumentException.class, () -> FORECAST.predictedValue(10, -0.01));
    assertThrows(IllegalArgumentException.class, () -> FORECAST.predictedValue(10, 5));
  }
}

package io.customerintel.domain.prediction;

import io.customerintel.domain.analytics.Interval;
import java.util.Objects;

/**
 * One customer's forecast from the tenant's models: probability alive, expected purchase days over a horizon,
 * and their value (expected purchase days times the expected spend per purchase day). A customer who told the tenant
 * they left (a recorded defection after their last purchase) is known to be gone: everything is 0, whatever the
 * model would infer from their purchases alone.
 */
public record CustomerForecast(PurchaseModel model, RepeatHistory history, Double spendPerPurchaseDay,
                               Interval period, boolean left) {
  /** Horizons are capped: beyond this many periods the 2F1 series and the model's assumptions both wear thin. */
  public static final int MAX_PERIODS = 1000;
  /** Annual discount rates above 100% are a typing error (a percentage given as 5 instead of 0.05). */
  public static final double MAX_ANNUAL_DISCOUNT_RATE = 1.0;

  public CustomerForecast {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(period, "period");
  }

  /** The forecast of a customer who has not told the tenant they left. */
  public CustomerForecast(PurchaseModel model, RepeatHistory history, Double spendPerPurchaseDay, Interval period) {
    this(model, history, spendPerPurchaseDay, period, false);
  }

  public double probabilityAlive() {
    return left ? 0 : model.probabilityAlive(history);
  }

  /** Expected repeat purchase days in the next {@code periods} periods (1 to {@link #MAX_PERIODS}). */
  public double expectedPurchases(int periods) {
    requirePeriods(periods);
    return left ? 0 : model.expectedPurchases(periods, history);
  }

  /** Expected revenue in the next {@code periods} periods, undiscounted; null without a spend model. */
  public Double predictedValue(int periods) {
    return spendPerPurchaseDay == null ? null : expectedPurchases(periods) * spendPerPurchaseDay;
  }

  /**
   * Expected revenue in the next {@code periods} periods, each period's expected purchases discounted from the
   * end of that period at the annual rate (a rate of 0 gives {@link #predictedValue(int)}); null without a spend
   * model.
   */
  public Double predictedValue(int periods, double annualDiscountRate) {
    requirePeriods(periods);
    if (!(annualDiscountRate >= 0 && annualDiscountRate <= MAX_ANNUAL_DISCOUNT_RATE)) {
      throw new IllegalArgumentException("annual discount rate must be 0 to " + MAX_ANNUAL_DISCOUNT_RATE);
    }
    if (spendPerPurchaseDay == null) {
      return null;
    }
    if (left) {
      return 0.0;
    }
    double yearsPerPeriod = period.meanDays() / 365.25;
    double perPeriodLog = Math.log1p(annualDiscountRate) * yearsPerPeriod;
    double value = 0;
    double before = 0;
    for (int k = 1; k <= periods; k++) {
      double upTo = model.expectedPurchases(k, history);
      value += (upTo - before) * Math.exp(-perPeriodLog * k);
      before = upTo;
    }
    return value * spendPerPurchaseDay;
  }

  private static void requirePeriods(int periods) {
    if (periods < 1 || periods > MAX_PERIODS) {
      throw new IllegalArgumentException("periods must be 1 to " + MAX_PERIODS);
    }
  }
}

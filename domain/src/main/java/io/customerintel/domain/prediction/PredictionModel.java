package io.customerintel.domain.prediction;

import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.health.AliveEstimate;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tenant's models that drive predictions: the chosen count model (in its period) and, when fitted, the
 * Gamma-Gamma spend model. It also gives health its probability-alive estimate.
 */
public record PredictionModel(PurchaseModel purchases, GammaGamma spend, Interval period) implements AliveEstimate {
  private static final double DAYS_PER_YEAR = 365.25;

  public PredictionModel {
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(period, "period");
  }

  /**
   * The prediction model from a tenant's stored models: the chosen count model (BG_NBD or MBG_NBD) with the
   * Gamma-Gamma model if there is one; empty while the chosen kind has not been fitted.
   */
  public static Optional<PredictionModel> of(List<FittedModel> models, ModelKind chosen) {
    if (!chosen.countsPurchases()) {
      throw new IllegalArgumentException("predictions are driven by a count model, not " + chosen);
    }
    Optional<FittedModel> counts = models.stream().filter(m -> m.kind() == chosen).findFirst();
    GammaGamma spend = models.stream().filter(m -> m.kind() == ModelKind.GAMMA_GAMMA).findFirst()
        .map(FittedModel::spendModel).orElse(null);
    return counts.map(m -> new PredictionModel(m.purchaseModel(), spend, m.period()));
  }

  /** The customer's history as of today, in model periods; empty for a prospect (no purchase day yet). */
  public Optional<RepeatHistory> history(int purchaseDays, LocalDate firstDay, LocalDate lastDay, LocalDate today) {
    if (purchaseDays == 0) {
      return Optional.empty();
    }
    double days = period.meanDays();
    // A purchase stamped a little ahead of the clock may lie after today; the history then ends at that day.
    LocalDate end = lastDay.isAfter(today) ? lastDay : today;
    int x = purchaseDays - 1;
    double tx = x == 0 ? 0 : ChronoUnit.DAYS.between(firstDay, lastDay) / days;
    return Optional.of(new RepeatHistory(x, tx, ChronoUnit.DAYS.between(firstDay, end) / days));
  }

  @Override
  public double probabilityAlive(List<PurchaseDayTotal> purchaseDays, LocalDate today) {
    RepeatHistory history = history(purchaseDays.size(), purchaseDays.get(0).day(),
        purchaseDays.get(purchaseDays.size() - 1).day(), today).orElseThrow();
    return purchases.probabilityAlive(history);
  }

  /**
   * The forecast for a customer with these facts, today; empty for a prospect, all zero for a customer whose
   * recorded defection came after their last purchase.
   *
   * @param firstDayRevenue revenue of the customer's first purchase day, so the repeat days' mean can be taken
   *                        (may be null when there is no spend model or no repeat day)
   */
  public Optional<CustomerForecast> forecast(CustomerFacts facts, BigDecimal firstDayRevenue, LocalDate today) {
    return forecast(facts, firstDayRevenue, today, facts.isLost());
  }

  /** Model periods in a year (at least one): the horizon win-back lists rank customers over. */
  public int periodsPerYear() {
    return Math.max(1, (int) Math.round(DAYS_PER_YEAR / period.meanDays()));
  }

  /**
   * What the customer's buying pattern is worth over the next year, read from their purchase days alone: a recorded
   * defection does not zero it, because winning a customer back asks what they were worth, not whether they left.
   * Empty for a prospect or without a spend model.
   */
  public Optional<Double> yearAheadValue(CustomerFacts facts, BigDecimal firstDayRevenue, LocalDate today) {
    if (spend == null) {
      return Optional.empty();
    }
    return forecast(facts, firstDayRevenue, today, false).map(f -> f.predictedValue(periodsPerYear()));
  }

  private Optional<CustomerForecast> forecast(CustomerFacts facts, BigDecimal firstDayRevenue, LocalDate today,
                                              boolean left) {
    return history(facts.purchaseDays(), facts.firstPurchaseDay(), facts.lastPurchaseDay(), today).map(history -> {
      Double spendPerDay = null;
      if (spend != null) {
        double mean = history.x() == 0 || firstDayRevenue == null ? 0
            : facts.revenue().subtract(firstDayRevenue).doubleValue() / history.x();
        spendPerDay = mean > 0 ? spend.expectedSpend(history.x(), mean) : spend.expectedSpend(0, 0);
      }
      return new CustomerForecast(purchases, history, spendPerDay, period, left);
    });
  }
}

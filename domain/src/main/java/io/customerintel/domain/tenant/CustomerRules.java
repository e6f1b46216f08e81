package io.customerintel.domain.tenant;

import io.customerintel.domain.health.AliveEstimate;
import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.health.HealthTracker;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.prediction.PredictionModel;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything that derives a tenant's customer data from their history: calendar, lifecycle windows, health model,
 * and the fitted customer-base models that drive predictions (null until a model is fitted).
 */
public record CustomerRules(ZoneId zone, LifecyclePolicy lifecycle, HealthPolicy health, PredictionModel prediction) {
  public CustomerRules {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(health, "health");
  }

  /** Rules of a tenant without a fitted customer-base model. */
  public CustomerRules(ZoneId zone, LifecyclePolicy lifecycle, HealthPolicy health) {
    this(zone, lifecycle, health, null);
  }

  /** The probability-alive estimate health weighs: the prediction model's; null until a model is fitted. */
  public AliveEstimate alive() {
    return prediction;
  }

  /** The health tracker for these rules. */
  public HealthTracker healthTracker() {
    return new HealthTracker(health, prediction);
  }
}

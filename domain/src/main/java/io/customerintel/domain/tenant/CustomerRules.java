package io.customerintel.domain.tenant;

import io.customerintel.domain.health.AliveEstimate;
import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.health.HealthTracker;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything that derives a tenant's customer data from their history: calendar, lifecycle windows, health model,
 * and the fitted customer-base model's probability-alive estimate (null until a model is fitted).
 */
public record CustomerRules(ZoneId zone, LifecyclePolicy lifecycle, HealthPolicy health, AliveEstimate alive) {
  public CustomerRules {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(health, "health");
  }

  /** Rules of a tenant without a fitted customer-base model. */
  public CustomerRules(ZoneId zone, LifecyclePolicy lifecycle, HealthPolicy health) {
    this(zone, lifecycle, health, null);
  }

  /** The health tracker for these rules. */
  public HealthTracker healthTracker() {
    return new HealthTracker(health, alive);
  }
}

package io.customerintel.domain.tenant;

import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import java.time.ZoneId;
import java.util.Objects;

/** Everything that derives a tenant's customer data from their history: calendar, lifecycle windows, health model. */
public record CustomerRules(ZoneId zone, LifecyclePolicy lifecycle, HealthPolicy health) {
  public CustomerRules {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(health, "health");
  }
}

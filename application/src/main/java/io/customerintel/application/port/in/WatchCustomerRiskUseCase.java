package io.customerintel.application.port.in;

import io.customerintel.application.port.out.RiskEvent;
import io.customerintel.domain.health.HealthBand;
import java.util.function.Consumer;

/** Live risk alerts for one tenant (docs/risk-alerts.md). */
public interface WatchCustomerRiskUseCase {
  /**
   * Calls the listener with each of the tenant's risk events at {@code minBand} or worse (cancellation requests
   * always) as writes commit on any server, until the returned handle closes.
   */
  AutoCloseable watch(AuthenticatedTenant tenant, HealthBand minBand, Consumer<RiskEvent> listener);
}

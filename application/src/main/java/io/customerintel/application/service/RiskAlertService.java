package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.WatchCustomerRiskUseCase;
import io.customerintel.application.port.out.RiskEvent;
import io.customerintel.application.port.out.RiskEventFeed;
import io.customerintel.domain.health.HealthBand;
import java.util.Objects;
import java.util.function.Consumer;

/** Filters the database-wide risk feed down to one tenant's events at the band asked for. */
public final class RiskAlertService implements WatchCustomerRiskUseCase {
  private final RiskEventFeed feed;

  public RiskAlertService(RiskEventFeed feed) {
    this.feed = Objects.requireNonNull(feed, "feed");
  }

  @Override
  public AutoCloseable watch(AuthenticatedTenant tenant, HealthBand minBand, Consumer<RiskEvent> listener) {
    Objects.requireNonNull(minBand, "minBand");
    return feed.listen(tenant.tenantId(), event -> {
      if (event.reaches(minBand)) {
        listener.accept(event);
      }
    });
  }
}

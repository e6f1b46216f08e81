package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.TenantId;
import java.util.function.Consumer;

/** The risk events of every server on the database, as they are committed. */
public interface RiskEventFeed {
  /** Calls the listener with each of the tenant's events (never another tenant's) until the returned handle closes. */
  AutoCloseable listen(TenantId tenantId, Consumer<RiskEvent> listener);
}

package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthPoint;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Reads customers' recorded health changes (written with every re-derivation that changed the reading). */
public interface HealthHistory {
  /** The point in effect at {@code at} for each customer (the latest at or before it); absent when there was none. */
  CompletionStage<Map<CustomerId, HealthPoint>> pointsAt(TenantId tenantId, Collection<CustomerId> customers,
                                                         Instant at);

  /** Each customer's points after {@code since}, oldest first, preceded by the point in effect at {@code since}. */
  CompletionStage<Map<CustomerId, List<HealthPoint>>> since(TenantId tenantId, Collection<CustomerId> customers,
                                                            Instant since);
}

package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * One fit per tenant at a time, across every server instance on the database. A lease expires by itself so that
 * an instance that died mid-fit does not block the tenant for good.
 */
public interface FitLease {

  /** Takes the tenant's lease until {@code now + ttl}; false if another fit holds an unexpired one. */
  CompletionStage<Boolean> tryAcquire(TenantId tenantId, Instant now, Duration ttl);

  CompletionStage<Void> release(TenantId tenantId);
}

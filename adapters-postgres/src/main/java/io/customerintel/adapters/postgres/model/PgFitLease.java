package io.customerintel.adapters.postgres.model;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.FitLease;
import io.customerintel.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** The fit lease as a row per tenant: taken by one atomic upsert, so two instances can never both hold it. */
public final class PgFitLease implements FitLease {
  private static final String ACQUIRE = "insert into model_fit as f (tenant_id, running_until, last_attempt_at)"
      + " values ($1, $3, $2)"
      + " on conflict (tenant_id) do update set running_until = excluded.running_until,"
      + "   last_attempt_at = excluded.last_attempt_at"
      + " where f.running_until is null or f.running_until <= $2"
      + " returning tenant_id";
  private static final String RELEASE = "update model_fit set running_until = null where tenant_id = $1";

  private final Sql sql;

  public PgFitLease(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<Boolean> tryAcquire(TenantId tenantId, Instant now, Duration ttl) {
    return sql.run(ACQUIRE, Sql.args(tenantId.value(), Rows.utc(now), Rows.utc(now.plus(ttl))))
        .map(rows -> rows.size() == 1).toCompletionStage();
  }

  @Override
  public CompletionStage<Void> release(TenantId tenantId) {
    return sql.run(RELEASE, Sql.args(tenantId.value())).<Void>mapEmpty().toCompletionStage();
  }
}

package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.domain.tenant.Tenant;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class IdempotencyKeyRetentionTest {
  static final Instant CUTOFF = Instant.parse("2026-05-01T00:00:00Z");
  private final PostgresAdapters adapters = PgFixture.adapters();

  private void keys(Tenant tenant, String prefix, int count, String createdAt) {
    await(ScratchDatabase.pool().preparedQuery("insert into idempotency_key (tenant_id, mutation, key, fingerprint,"
            + " created_at) select $1, 'recordDefection', $2 || n, 'f', $3::timestamptz from generate_series(1, $4) n")
        .execute(Tuple.of(tenant.id().value(), prefix, OffsetDateTime.parse(createdAt), count)).toCompletionStage());
  }

  private long remaining(Tenant tenant, String prefix) {
    return await(ScratchDatabase.pool().preparedQuery("select count(*) as n from idempotency_key"
            + " where tenant_id = $1 and key like $2 || '%'").execute(Tuple.of(tenant.id().value(), prefix))
        .toCompletionStage()).iterator().next().getLong("n");
  }

  @Test
  void keysStoredBeforeTheCutoffAreForgottenInChunksAndNewerOnesKept() {
    Tenant tenant = PgFixture.newTenant(adapters);
    // more than one chunk, so the loop must go on after a full one
    keys(tenant, "old-", 10_005, "2026-04-01T00:00:00Z");
    keys(tenant, "new-", 3, "2026-05-01T00:00:00Z");

    long forgotten = await(adapters.idempotencyKeyRetention().forgetStoredBefore(CUTOFF));

    assertEquals(0, remaining(tenant, "old-"));
    assertEquals(3, remaining(tenant, "new-"));
    // other tests' keys in this scratch database are all recent: only these are old enough
    assertEquals(10_005, forgotten);
  }
}

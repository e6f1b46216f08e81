package io.customerintel.adapters.postgres.ratelimit;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.CostBucket;
import io.customerintel.domain.tenant.RateLimit;
import io.vertx.sqlclient.Row;
import java.util.concurrent.CompletionStage;

/** The buckets as one row per key, each take one call of the atomic {@code take_api_key_tokens} (V8). */
public final class PgCostBucket implements CostBucket {
  private static final String TAKE = "select taken, available from take_api_key_tokens($1, $2, $3, $4)";

  private final Sql sql;

  public PgCostBucket(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<BucketLevel> take(long keyId, RateLimit limit, long cost) {
    return sql.run(TAKE, Sql.args(keyId, (double) limit.capacity(), (double) limit.refillPerSecond(), (double) cost))
        .map(rows -> {
          Row row = rows.iterator().next();
          return new BucketLevel(row.getBoolean("taken"), row.getDouble("available"));
        })
        .toCompletionStage();
  }
}

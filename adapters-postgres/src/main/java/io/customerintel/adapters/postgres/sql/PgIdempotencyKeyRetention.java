package io.customerintel.adapters.postgres.sql;

import io.customerintel.application.port.out.IdempotencyKeyRetention;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * Deletes expired idempotency keys in chunks by age (index of V18): each chunk is a short transaction of its own, so
 * a large backlog never holds locks or bloats one transaction.
 */
public final class PgIdempotencyKeyRetention implements IdempotencyKeyRetention {
  static final int CHUNK = 10_000;
  private static final String FORGET = "with gone as (delete from idempotency_key where ctid in ("
      + " select ctid from idempotency_key where created_at < $1 order by created_at limit $2) returning 1)"
      + " select count(*) as n from gone";

  private final Sql sql;

  public PgIdempotencyKeyRetention(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<Long> forgetStoredBefore(Instant cutoff) {
    return forget(cutoff, 0).toCompletionStage();
  }

  private Future<Long> forget(Instant cutoff, long sofar) {
    return sql.run(FORGET, Sql.args(Rows.utc(cutoff), CHUNK)).compose(rows -> {
      long n = rows.iterator().next().getLong("n");
      return n < CHUNK ? Future.succeededFuture(sofar + n) : forget(cutoff, sofar + n);
    });
  }
}

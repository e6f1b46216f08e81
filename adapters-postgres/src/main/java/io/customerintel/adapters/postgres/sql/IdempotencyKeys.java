package io.customerintel.adapters.postgres.sql;

import io.customerintel.application.IdempotencyConflictException;
import io.customerintel.application.port.out.IdempotentRequest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a write once per idempotency key, inside the write's own transaction: the key's row is claimed first (a
 * concurrent claim of the same key waits on the primary key until the first commits or rolls back), then stored with
 * the write's answer, so the key exists exactly when the write does.
 */
public final class IdempotencyKeys {
  private static final String CLAIM = "insert into idempotency_key (tenant_id, mutation, key, fingerprint)"
      + " values ($1, $2, $3, $4) on conflict do nothing";
  private static final String STORED = "select k.fingerprint, k.answer from idempotency_key k"
      + " where k.tenant_id = $1 and k.mutation = $2 and k.key = $3";
  private static final String SETTLE = "update idempotency_key set answer = $4"
      + " where tenant_id = $1 and mutation = $2 and key = $3";

  private final Sql sql;

  public IdempotencyKeys(Sql sql) {
    this.sql = sql;
  }

  /**
   * The write's result, or without a request simply the write. A key seen before answers replay(stored answer) when
   * the fingerprint is the same and fails with IdempotencyConflictException (nothing written) when it is not.
   *
   * @param answer what to store of the write's result for replay to read back (ids, or a count)
   */
  public <T> Future<T> once(SqlConnection conn, long tenant, Optional<IdempotentRequest> request,
                            Supplier<Future<T>> write, Function<T, Long[]> answer,
                            Function<Long[], Future<T>> replay) {
    if (request.isEmpty()) {
      return write.get();
    }
    IdempotentRequest req = request.get();
    String key = req.key().value();
    return sql.run(conn, CLAIM, Sql.args(tenant, req.mutation(), key, req.fingerprint())).compose(claimed -> {
      if (claimed.rowCount() > 0) {
        return write.get().compose(result -> sql.run(conn, SETTLE,
            Sql.args(tenant, req.mutation(), key, answer.apply(result))).map(settled -> result));
      }
      return sql.run(conn, STORED, Sql.args(tenant, req.mutation(), key)).compose(rows -> {
        Row stored = rows.iterator().next();
        return req.fingerprint().equals(stored.getString("fingerprint"))
            ? replay.apply(stored.getArrayOfLongs("answer"))
            : Future.failedFuture(new IdempotencyConflictException(req));
      });
    });
  }
}

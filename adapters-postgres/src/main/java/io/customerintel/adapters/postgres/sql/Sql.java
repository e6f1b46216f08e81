package io.customerintel.adapters.postgres.sql;

import io.vertx.core.Future;
import io.vertx.sqlclient.DatabaseException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way the repositories reach PostgreSQL: prepared statements only, each one counted, so tests and
 * benchmarks can prove that a page or a batch costs a constant number of round trips.
 */
public final class Sql {
  private static final int MAX_ATTEMPTS = 3;
  private static final String DEADLOCK_DETECTED = "40P01";
  private static final String SERIALIZATION_FAILURE = "40001";

  private final Pool pool;
  private final Consumer<Throwable> connectionFailures;
  private final AtomicLong executed = new AtomicLong();

  public Sql(Pool pool) {
    this(pool, failure -> { });
  }

  /** @param connectionFailures told of every failure to reach the database (the availability monitor) */
  public Sql(Pool pool, Consumer<Throwable> connectionFailures) {
    this.pool = Objects.requireNonNull(pool, "pool");
    this.connectionFailures = Objects.requireNonNull(connectionFailures, "connectionFailures");
  }

  /**
   * Bind parameters in order. Unlike {@code Tuple.of(a, array)}, which Java resolves to the varargs overload and so
   * spreads a trailing array into separate parameters, arrays stay one parameter each here (given at least two
   * arguments: a lone array argument would itself be taken as the varargs array).
   */
  public static Tuple args(Object... values) {
    Tuple tuple = Tuple.tuple();
    for (Object value : values) {
      tuple.addValue(value);
    }
    return tuple;
  }

  /** Runs one prepared statement on any pooled connection. */
  public Future<RowSet<Row>> run(String sql, Tuple args) {
    return run(pool, sql, args);
  }

  /** Runs one prepared statement on the given client (a transaction's connection). */
  public Future<RowSet<Row>> run(SqlClient client, String sql, Tuple args) {
    executed.incrementAndGet();
    return client.preparedQuery(sql).execute(args).recover(this::unavailableOrSame);
  }

  /** A lost connection becomes the use cases' StoreUnavailableException, and the monitor hears of it. */
  private <T> Future<T> unavailableOrSame(Throwable failure) {
    Throwable translated = ConnectionFailures.translate(failure);
    if (translated != failure) {
      connectionFailures.accept(failure);
    }
    return Future.failedFuture(translated);
  }

  /**
   * Runs the work in one transaction: committed when its future succeeds, rolled back when it fails. A transaction
   * that PostgreSQL aborted to break a deadlock or a serialization conflict is run again (it stored nothing), a
   * few times at most: writers lock in a consistent order, so this is rare and resolves at once.
   */
  public <T> Future<T> inTransaction(Function<SqlConnection, Future<T>> work) {
    return inTransaction(work, MAX_ATTEMPTS);
  }

  private <T> Future<T> inTransaction(Function<SqlConnection, Future<T>> work, int attemptsLeft) {
    // a failed BEGIN or COMMIT (or no connection at all) fails here, not in run()
    return pool.withTransaction(work).recover(error -> attemptsLeft > 1 && retriable(error)
        ? inTransaction(work, attemptsLeft - 1)
        : unavailableOrSame(error));
  }

  private static boolean retriable(Throwable error) {
    return error instanceof DatabaseException db
        && (DEADLOCK_DETECTED.equals(db.getSqlState()) || SERIALIZATION_FAILURE.equals(db.getSqlState()));
  }

  /**
   * Runs the work in one read-only REPEATABLE READ transaction: every statement of it sees the same snapshot of the
   * data, taken at its first statement. Never retried, since the work may have had effects outside the database.
   */
  public <T> Future<T> inSnapshot(Function<SqlConnection, Future<T>> work) {
    return pool.withTransaction(conn -> run(conn, "set transaction isolation level repeatable read, read only",
        Tuple.tuple()).compose(ready -> work.apply(conn)));
  }

  /** PostgreSQL's default: the reports scan a tenant's million rows, where two workers pay for their start. */
  private static final String ALLOW_PARALLEL_WORKERS =
      "select set_config('max_parallel_workers_per_gather', '2', true)";

  /**
   * Runs a statement that scans a whole tenant (a report) in its own transaction with parallel workers allowed;
   * every other statement runs without them (PostgresSettings). {@code setUp} statements run first in the same
   * transaction (planner settings of the report's own).
   */
  public Future<RowSet<Row>> runTenantWide(String statement, Tuple args, String... setUp) {
    return inTransaction(conn -> {
      Future<RowSet<Row>> ready = run(conn, ALLOW_PARALLEL_WORKERS, Tuple.tuple());
      for (String step : setUp) {
        ready = ready.compose(done -> run(conn, step, Tuple.tuple()));
      }
      return ready.compose(done -> run(conn, statement, args));
    });
  }

  /** Statements run through this instance so far (BEGIN/COMMIT of transactions not included). */
  public long executed() {
    return executed.get();
  }
}

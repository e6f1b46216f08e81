package io.customerintel.adapters.postgres.setup;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * Builds the one reactive connection pool the adapters share, so caching, pipelining and sizing are decided in a
 * single place rather than by each repository.
 */
public final class PgPools {

  /** Deep enough to overlap a request's independent queries, shallow enough not to queue unbounded work. */
  static final int PIPELINING_LIMIT = 32;
  /** Analytics statements are long; vertx's default of 2048 chars would silently skip caching them. */
  static final int PREPARED_STATEMENT_SQL_LIMIT = 16 * 1024;
  static final int PREPARED_STATEMENT_CACHE_SIZE = 256;
  /** Fail fast on an unreachable server instead of vertx's default of a minute; loopback or LAN connects take ms. */
  static final int TCP_CONNECT_TIMEOUT_MILLIS = 2_000;
  /**
   * The longest a statement waits for a pooled connection: a database that accepts connections but never answers
   * (a network partition) would otherwise hold requests forever. Well above a busy pool's waits.
   */
  static final int ACQUIRE_TIMEOUT_SECONDS = 3;
  /** Requests waiting for a connection at most; beyond it they fail at once instead of piling up memory. */
  static final int MAX_WAIT_QUEUE = 2_000;
  static final int IDLE_TIMEOUT_SECONDS = 300;

  private PgPools() {
  }

  /** A pool of at most {@code settings.poolSize()} connections; lazy, so it opens no connection until first use. */
  public static Pool create(Vertx vertx, PostgresSettings settings) {
    return PgBuilder.pool()
        .with(poolOptions(settings))
        .with(new NetClientOptions().setConnectTimeout(TCP_CONNECT_TIMEOUT_MILLIS))
        .connectingTo(connectOptions(settings))
        .using(vertx)
        .build();
  }

  /** The options every pooled connection uses; public for callers that need a lone connection (e.g. LISTEN). */
  public static PgConnectOptions connectOptions(PostgresSettings settings) {
    return settings.toConnectOptions()
        .setCachePreparedStatements(true)
        .setPreparedStatementCacheMaxSize(PREPARED_STATEMENT_CACHE_SIZE)
        .setPreparedStatementCacheSqlLimit(PREPARED_STATEMENT_SQL_LIMIT)
        .setPipeliningLimit(PIPELINING_LIMIT);
  }

  public static PoolOptions poolOptions(PostgresSettings settings) {
    return new PoolOptions()
        .setMaxSize(settings.poolSize())
        // idle connections are released so a quiet server gives its slots back; reopened on demand
        .setIdleTimeout(IDLE_TIMEOUT_SECONDS)
        .setConnectionTimeout(ACQUIRE_TIMEOUT_SECONDS)
        .setConnectionTimeoutUnit(java.util.concurrent.TimeUnit.SECONDS)
        .setMaxWaitQueueSize(MAX_WAIT_QUEUE);
  }
}

package io.customerintel.adapters.postgres.sql;

import io.customerintel.application.StoreUnavailableException;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure of the connection to PostgreSQL (refused, lost, timed out, the server shutting down) from a failure
 * of the statement itself: only the first kind means the database is unavailable and a retry may succeed.
 */
public final class ConnectionFailures {
  /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down). */
  private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
  /**
   * How Vert.x 5.0 words the failures it raises as a plain VertxException: the pool's wait for a connection running
   * out (PoolOptions.connectionTimeout), statements queued on a connection that closed, a connection lost mid-way.
   */
  private static final List<String> VERTX_MESSAGES = List.of("Timeout waiting for connection",
      "Pending requests failed to be sent due to connection has been closed", "Connection closed",
      "Connection was closed");
  private static final String POOL_WAIT_TIMEOUT = "Timeout";

  private ConnectionFailures() {}

  public static boolean isConnectionFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StoreUnavailableException) {
        return true;
      }
      if (t instanceof PgException pg) {
        String state = pg.getSqlState();
        return state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state));
      }
      // ConnectException (refused, connect timeout), ClosedChannelException, "connection reset by peer"; a
      // TimeoutException is the pool's wait for a connection running out (PoolOptions.connectionTimeout)
      if (t instanceof IOException || t instanceof ClosedConnectionException || t instanceof TimeoutException) {
        return true;
      }
      if (t instanceof VertxException && t.getMessage() != null
          && VERTX_MESSAGES.stream().anyMatch(t.getMessage()::startsWith)) {
        return true;
      }
      // the SQL pool's own wait for a connection (a pipelined request, a transaction's BEGIN) fails with this one
      if (t instanceof NoStackTraceThrowable && POOL_WAIT_TIMEOUT.equals(t.getMessage())) {
        return true;
      }
      // the pool's wait queue is full (PoolOptions.maxWaitQueueSize): a backlog, typically right after an outage when
      // every client retries at once; the request was never sent, so it is refused like an outage, 503 with
      // Retry-After, and the probe this starts finds the database up (a busy pool is not an outage)
      if (t instanceof ConnectionPoolTooBusyException) {
        return true;
      }
    }
    return false;
  }

  /** The failure as the use cases see it: a connection failure becomes {@link StoreUnavailableException}. */
  public static Throwable translate(Throwable failure) {
    if (failure instanceof StoreUnavailableException || !isConnectionFailure(failure)) {
      return failure;
    }
    // the message goes to clients: no host, port or driver text (the cause keeps them for the logs)
    return new StoreUnavailableException("The database is unavailable; retry shortly", failure);
  }
}

package io.customerintel.adapters.postgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.StoreUnavailableException;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached" (retry later) and which are the statement's own. */
class ConnectionFailuresTest {

  private static PgException pg(String sqlState) {
    return new PgException("failure " + sqlState, "ERROR", sqlState, null);
  }

  @Test
  void lostRefusedOrTimedOutConnectionsAndAServerShuttingDownAreConnectionFailures() {
    assertTrue(ConnectionFailures.isConnectionFailure(new ConnectException("Connection refused")));
    assertTrue(ConnectionFailures.isConnectionFailure(ClosedConnectionException.INSTANCE));
    assertTrue(ConnectionFailures.isConnectionFailure(new NoStackTraceTimeoutException("pool wait timed out")));
    assertTrue(ConnectionFailures.isConnectionFailure(new VertxException("Timeout waiting for connection")));
    assertTrue(ConnectionFailures.isConnectionFailure(new NoStackTraceThrowable("Timeout")), "the SQL pool's wait");
    assertTrue(ConnectionFailures.isConnectionFailure(new CompletionException(
        new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 2000"))),
        "a full wait queue: the soak's backlog right after an outage");
    assertTrue(ConnectionFailures.isConnectionFailure(new VertxException(
        "Pending requests failed to be sent due to connection has been closed.")));
    assertTrue(ConnectionFailures.isConnectionFailure(pg("08006")));
    assertTrue(ConnectionFailures.isConnectionFailure(pg("57P01")), "admin shutdown");
    assertTrue(ConnectionFailures.isConnectionFailure(pg("57P03")), "cannot connect now");
    assertTrue(ConnectionFailures.isConnectionFailure(new CompletionException(new ConnectException("refused"))));
  }

  @Test
  void aStatementsOwnErrorIsNot() {
    assertFalse(ConnectionFailures.isConnectionFailure(pg("23505")), "unique violation");
    assertFalse(ConnectionFailures.isConnectionFailure(pg("40P01")), "deadlock: retried by Sql, not an outage");
    assertFalse(ConnectionFailures.isConnectionFailure(pg("57014")), "query canceled");
    assertFalse(ConnectionFailures.isConnectionFailure(new IllegalStateException("bug")));
    assertFalse(ConnectionFailures.isConnectionFailure(new VertxException("Unknown SQL type")));
    assertFalse(ConnectionFailures.isConnectionFailure(new NoStackTraceThrowable("Something else")));
  }

  @Test
  void aConnectionFailureReachesTheUseCasesAsDatabaseUnavailableWithoutInternals() {
    ConnectException refused = new ConnectException("Connection refused: db.internal/10.0.0.7:5432");
    Throwable translated = ConnectionFailures.translate(refused);
    StoreUnavailableException unavailable = assertInstanceOf(StoreUnavailableException.class, translated);
    assertEquals(ErrorCodes.DATABASE_UNAVAILABLE, unavailable.code());
    assertFalse(unavailable.getMessage().contains("10.0.0.7"), unavailable.getMessage());
    assertSame(refused, unavailable.getCause());
    PgException unique = pg("23505");
    assertSame(unique, ConnectionFailures.translate(unique));
    assertSame(translated, ConnectionFailures.translate(translated), "translated once");
  }
}

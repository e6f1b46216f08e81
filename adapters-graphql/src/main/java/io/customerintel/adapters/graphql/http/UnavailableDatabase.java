package io.customerintel.adapters.graphql.http;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses GraphQL requests with 503 DATABASE_UNAVAILABLE and Retry-After while the database is down, before any
 * work (the key lookup would wait for a connection that cannot come), and recognises that refusal in failures.
 */
final class UnavailableDatabase implements Handler<RoutingContext> {
  static final String MESSAGE = "The database is unavailable; retry shortly";
  /** The monitor probes twice a second: a client retrying after a second sees the recovery. */
  static final String RETRY_AFTER_SECONDS = "1";

  private final AvailabilityCheck check;

  UnavailableDatabase(AvailabilityCheck check) {
    this.check = check;
  }

  @Override
  public void handle(RoutingContext rc) {
    // a preflight needs no database, and a browser must get its CORS answer to read the 503 afterwards
    if (rc.request().method() == HttpMethod.OPTIONS || check.available()) {
      rc.next();
    } else {
      refuse(rc);
    }
  }

  static void refuse(RoutingContext rc) {
    rc.response().putHeader(QueryCostHandler.RETRY_AFTER, RETRY_AFTER_SECONDS);
    TransportErrors.send(rc, 503, ErrorCode.DATABASE_UNAVAILABLE, MESSAGE);
  }

  /** Whether the failure, or one of its causes, is the use cases' report of an unreachable database. */
  static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UseCaseException refusal && ErrorCodes.DATABASE_UNAVAILABLE.equals(refusal.code())) {
        return true;
      }
    }
    return false;
  }
}

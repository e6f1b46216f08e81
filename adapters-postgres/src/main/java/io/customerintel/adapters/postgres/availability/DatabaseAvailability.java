package io.customerintel.adapters.postgres.availability;

import io.customerintel.adapters.postgres.sql.ConnectionFailures;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Knows whether PostgreSQL can be reached, so requests can be refused at once while it cannot instead of each one
 * waiting for its own connection attempt to fail. A connection failure seen by any statement starts a probe
 * ({@code select 1} on a connection of its own, outside the pool: a pool busy with a burst of requests is not an
 * outage); a failed probe marks the database down and probing goes on every {@link #PROBE_INTERVAL} until one
 * answers, which marks it up again. A single dropped connection whose probe answers leaves it up.
 */
public final class DatabaseAvailability implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(DatabaseAvailability.class.getName());
  public static final Duration PROBE_INTERVAL = Duration.ofMillis(500);
  /** Longer than a healthy select 1 ever takes, short enough that a silent database is found out quickly. */
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

  private final Vertx vertx;
  private final PgConnectOptions options;
  private final AtomicBoolean probing = new AtomicBoolean();
  /** The probe in flight, shared by whoever asks meanwhile: a silent database holds one connection attempt, not many. */
  private Future<Boolean> current;
  private volatile boolean up = true;
  private volatile boolean closed;
  private volatile Instant downSince;

  public DatabaseAvailability(Vertx vertx, PgConnectOptions options) {
    this.vertx = vertx;
    this.options = options;
  }

  /** Whether requests should be tried: false from a failed probe until one answers again. */
  public boolean isUp() {
    return up;
  }

  /** Hears every failed statement; a connection failure starts a probe unless one is already running. */
  public void observe(Throwable failure) {
    if (ConnectionFailures.isConnectionFailure(failure)) {
      probeUnlessProbing();
    }
  }

  /** For readiness: false at once while down, otherwise whether a probe answers now (a failed one marks it down). */
  public CompletionStage<Boolean> ready() {
    if (!up) {
      return Future.succeededFuture(false).toCompletionStage();
    }
    return probe().map(answered -> {
      if (!answered) {
        probeUnlessProbing();
      }
      return answered;
    }).toCompletionStage();
  }

  private void probeUnlessProbing() {
    if (!closed && probing.compareAndSet(false, true)) {
      probeUntilUp();
    }
  }

  private void probeUntilUp() {
    probe().onComplete(ar -> {
      if (ar.succeeded() && ar.result()) {
        markUp();
        probing.set(false);
      } else if (closed) {
        probing.set(false);
      } else {
        markDown();
        vertx.setTimer(PROBE_INTERVAL.toMillis(), id -> probeUntilUp());
      }
    });
  }

  /** Completes with whether select 1 answered within the timeout; never fails. */
  private synchronized Future<Boolean> probe() {
    if (current == null) {
      Future<Boolean> attempt = PgConnection.connect(vertx, options)
          .compose(connection -> connection.query("select 1").execute()
              .map(rows -> rows.size() == 1)
              .eventually(connection::close))
          .otherwise(false);
      current = attempt;
      attempt.onComplete(ar -> done(attempt));
    }
    return current.timeout(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).otherwise(false);
  }

  private synchronized void done(Future<Boolean> attempt) {
    if (current == attempt) {
      current = null;
    }
  }

  private void markDown() {
    if (up) {
      downSince = Instant.now();
      up = false;
      LOG.log(System.Logger.Level.WARNING, "PostgreSQL is unavailable: refusing requests with DATABASE_UNAVAILABLE"
          + " and probing every " + PROBE_INTERVAL.toMillis() + " ms");
    }
  }

  private void markUp() {
    if (!up) {
      up = true;
      LOG.log(System.Logger.Level.WARNING, "PostgreSQL answers again after "
          + Duration.between(downSince, Instant.now()).toMillis() + " ms: serving requests");
    }
  }

  /** Stops probing (before the pool closes). */
  @Override
  public void close() {
    closed = true;
  }
}

package io.customerintel.adapters.postgres.changes;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.TenantChangeFeed;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tenant changes over PostgreSQL NOTIFY, heard by every server through one LISTEN connection each
 * ({@link PgSubscriber}, reconnecting every second). A lost or regained connection is reported as missed
 * announcements, since PostgreSQL does not replay the notifications of a gap.
 */
public final class PgTenantChangeFeed implements TenantChangeFeed, AutoCloseable {
  static final String CHANNEL = "customerintel_tenant_changes";
  private static final System.Logger LOG = System.getLogger(PgTenantChangeFeed.class.getName());
  private static final long RECONNECT_MILLIS = 1_000;
  private static final String NOTIFY = "select pg_notify('" + CHANNEL + "', $1)";

  private final Sql sql;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private volatile PgSubscriber subscriber;

  public PgTenantChangeFeed(Sql sql) {
    this.sql = sql;
  }

  /** Connects the LISTEN connection; completes once LISTEN was sent. A process that never starts it only publishes. */
  public Future<Void> start(Vertx vertx, PgConnectOptions options) {
    PgSubscriber started = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempts -> RECONNECT_MILLIS);
    started.channel(CHANNEL).handler(this::dispatch)
        // after a reconnection (the first subscription included): whatever was announced in the gap is unknown
        .subscribeHandler(v -> listeners.forEach(Listener::missed));
    started.closeHandler(v -> listeners.forEach(Listener::missed));
    this.subscriber = started;
    return started.connect();
  }

  @Override
  public CompletionStage<Void> publish(TenantId tenantId, Change change) {
    return sql.run(NOTIFY, Sql.args(encode(tenantId, change))).<Void>mapEmpty().toCompletionStage();
  }

  @Override
  public void listen(Listener listener) {
    listeners.add(listener);
  }

  static String encode(TenantId tenantId, Change change) {
    return tenantId.value() + ":" + change.name();
  }

  private void dispatch(String payload) {
    int colon = payload.indexOf(':');
    TenantId tenantId;
    Change change;
    try {
      tenantId = new TenantId(Long.parseLong(payload.substring(0, colon)));
      change = Change.valueOf(payload.substring(colon + 1));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "ignored a malformed tenant change notice: " + payload);
      return;
    }
    for (Listener listener : listeners) {
      listener.changed(tenantId, change);
    }
  }

  @Override
  public void close() {
    PgSubscriber started = subscriber;
    if (started != null) {
      started.close();
    }
  }
}

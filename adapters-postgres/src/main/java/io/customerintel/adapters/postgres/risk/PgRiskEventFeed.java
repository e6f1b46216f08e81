package io.customerintel.adapters.postgres.risk;

import io.customerintel.application.port.out.RiskEvent;
import io.customerintel.application.port.out.RiskEventFeed;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Listens on the risk channel with one dedicated connection per server ({@link PgSubscriber}, which reconnects and
 * listens again after a lost connection) and hands each event to this server's listeners of its tenant.
 */
public final class PgRiskEventFeed implements RiskEventFeed, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(PgRiskEventFeed.class.getName());
  /** Reconnect every second, forever: a database restart must not end the alerts. */
  private static final long RECONNECT_MILLIS = 1_000;

  private final Map<Long, List<Consumer<RiskEvent>>> listeners = new ConcurrentHashMap<>();
  private volatile PgSubscriber subscriber;

  /**
   * Connects its own connection and listens; completes once LISTEN was sent. Until then (and for a process that never
   * serves, like the CLI) listeners are kept but hear nothing.
   */
  public Future<Void> start(Vertx vertx, PgConnectOptions options) {
    PgSubscriber started = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempts -> RECONNECT_MILLIS);
    started.channel(RiskNotices.CHANNEL).handler(this::dispatch);
    this.subscriber = started;
    return started.connect();
  }

  @Override
  public AutoCloseable listen(TenantId tenantId, Consumer<RiskEvent> listener) {
    listeners.computeIfAbsent(tenantId.value(), id -> new CopyOnWriteArrayList<>()).add(listener);
    return () -> listeners.computeIfPresent(tenantId.value(), (id, list) -> {
      list.remove(listener);
      return list.isEmpty() ? null : list;
    });
  }

  private void dispatch(String payload) {
    RiskEvent event;
    try {
      event = RiskNotices.decode(payload);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "ignored a malformed risk notice: " + e.getMessage());
      return;
    }
    for (Consumer<RiskEvent> listener : listeners.getOrDefault(event.tenantId().value(), List.of())) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        // one failing subscriber must not starve the others
        LOG.log(System.Logger.Level.WARNING, "risk event listener failed: " + e);
      }
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

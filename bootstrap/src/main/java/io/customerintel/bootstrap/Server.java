package io.customerintel.bootstrap;

import io.customerintel.adapters.graphql.export.ExportUrls;
import io.customerintel.bootstrap.config.ExportSettings;
import io.vertx.core.WorkerExecutor;
import java.time.Duration;
import java.util.concurrent.Executor;
import io.customerintel.adapters.graphql.GraphQLApi;
import io.customerintel.adapters.graphql.http.GraphQLHttpApi;
import io.customerintel.adapters.graphql.http.HttpApiOptions;
import io.customerintel.adapters.postgres.PostgresAdapters;
import io.customerintel.adapters.postgres.availability.DatabaseAvailability;
import io.customerintel.adapters.postgres.setup.DatabaseProvisioner;
import io.customerintel.adapters.postgres.setup.Migrator;
import io.customerintel.adapters.postgres.setup.PgPools;
import io.customerintel.bootstrap.config.AppConfig;
import io.customerintel.bootstrap.config.ConfigException;
import io.customerintel.bootstrap.metrics.ServerMetrics;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The composition root of a running server: database, adapters, services, GraphQL and HTTP, all
 * made with plain constructors. One HTTP server per core, each on its own event loop.
 */
public final class Server implements AutoCloseable {
  private static final long START_TIMEOUT_SECONDS = 30;
  /** A fit taking longer than this is reported as blocked by Vert.x (it still completes). */
  private static final long FIT_MAX_MINUTES = 30;
  /** How often the server looks for tenants whose models are due for the scheduled refit. */
  private static final long REFIT_CHECK_MILLIS = Duration.ofMinutes(10).toMillis();
  /** How often expired idempotency keys are forgotten (docs/idempotency.md, retention). */
  private static final long KEY_PURGE_MILLIS = Duration.ofHours(1).toMillis();
  /** An export running longer than this is reported as blocked by Vert.x (it still completes). */
  private static final long EXPORT_MAX_MINUTES = 60;
  /** How often the server removes expired export files. */
  private static final long EXPORT_EXPIRY_CHECK_MILLIS = Duration.ofMinutes(10).toMillis();

  private static final System.Logger LOG = System.getLogger(Server.class.getName());
  /** Beyond the grace: what the steps after the HTTP servers (timers, workers, pool, Vert.x) may each take. */
  private static final long CLOSE_STEP_SECONDS = 10;

  private final Vertx vertx;
  private final Pool pool;
  private final DatabaseAvailability database;
  private final PostgresAdapters store;
  private final Services services;
  private final List<HttpServer> httpServers = new ArrayList<>();
  private final AtomicBoolean catchingUp = new AtomicBoolean();
  private final AtomicBoolean refitting = new AtomicBoolean();
  private final WorkerExecutor fitWorkers;
  private final ServerMetrics metrics;
  private final Duration shutdownGrace;
  private final List<Long> timers = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closing = new AtomicBoolean();
  private volatile boolean draining;
  private final WorkerExecutor exportWorkers;
  private final ExportSettings exportSettings;
  private int port;

  private Server(AppConfig config, ExportSettings exports) {
    this.metrics = ServerMetrics.of(config.metrics());
    this.vertx = metrics.createVertx();
    this.pool = PgPools.create(vertx, config.database());
    this.database = new DatabaseAvailability(vertx, PgPools.connectOptions(config.database()));
    this.store = new PostgresAdapters(pool, database);
    this.shutdownGrace = config.shutdownGrace();
    // one fit computes at a time per instance: fits are CPU-bound, and requests must keep the other cores
    this.fitWorkers = vertx.createSharedWorkerExecutor("model-fit", 1, FIT_MAX_MINUTES, TimeUnit.MINUTES);
    Executor fitExecutor = task -> fitWorkers.executeBlocking(() -> {
      task.run();
      return null;
    }, true);
    this.exportSettings = exports;
    // exports render and write on their own workers, so a long export never delays a fit or an event loop
    this.exportWorkers = vertx.createSharedWorkerExecutor("bulk-export", 2, EXPORT_MAX_MINUTES, TimeUnit.MINUTES);
    Executor exportExecutor = task -> exportWorkers.executeBlocking(() -> {
      task.run();
      return null;
    }, false);
    this.services = new Services(store, config.clock(), fitExecutor, config.persistedQueries(), config.rateLimit(),
        metrics.telemetry(), exports, exportExecutor);
    metrics.monitorCaches(services.caches());
  }

  /** Creates the database if needed and migrates it; safe to run on every start and from several instances. */
  public static void prepareDatabase(AppConfig config) {
    new DatabaseProvisioner().ensureDatabaseExists(config.database());
    new Migrator().migrate(config.database());
  }

  /** Connects to an already migrated database without serving HTTP (for the CLI and the demo loader). */
  public static Server connect(AppConfig config) {
    return new Server(config, ExportSettings.fromSystemEnvironment());
  }

  /** As connect(config), with the bulk exports' settings given rather than read from the environment. */
  public static Server connect(AppConfig config, ExportSettings exports) {
    return new Server(config, exports);
  }

  /** Starts serving HTTP on config.httpPort(); GraphiQL when asked for or when the config enables it. */
  public Server serve(AppConfig config, boolean graphiql) {
    ExportUrls exportUrls = exportSettings.signingSecret() == null
        ? ExportUrls.withRandomSecret(config.clock())
        : new ExportUrls(exportSettings.signingSecret(), config.clock());
    GraphQLApi api = new GraphQLApi(services.useCases(), exportUrls, config.queryLimits());
    api.monitorCaches(metrics.registry());
    services.nodeJsonWriter().attach(api);
    GraphQLHttpApi http = new GraphQLHttpApi(api.graphQL(), api.sdl(), services.authentication(), api,
        this::ready, new HttpApiOptions(graphiql || config.graphiql(), HttpApiOptions.DEFAULT_MAX_BODY_BYTES,
            config.corsAllowedOrigins(), config.queryLimits()),
        services.persistedQueries(), services.queryCosts(), metrics.http(), database::isUp)
        .withExportDownloads(services.useCases().bulkExports(), exportUrls);
    int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
    // A negative port makes Vert.x pick one random port and share it among these servers (PORT=0).
    int listenPort = config.httpPort() == 0 ? -1 : config.httpPort();
    for (int i = 0; i < instances; i++) {
      // graphql-transport-ws named in the handshake: browser clients (graphql-ws) refuse a socket that does not
      HttpServer server = vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true)
              .addWebSocketSubProtocol("graphql-transport-ws"))
          .requestHandler(http.router(vertx));
      try {
        HttpServer started = server.listen(listenPort).await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        httpServers.add(started);
        this.port = started.actualPort();
      } catch (Exception e) {
        throw new ConfigException("cannot listen on PORT " + listenPort + " (" + rootMessage(e) + ")", e);
      }
    }
    // risk alerts: this server hears every server's committed events (docs/risk-alerts.md)
    awaitStarted(store.riskEvents().start(vertx, PgPools.connectOptions(config.database())), "LISTEN for risk events");
    // report caches: this server hears every server's writes (docs/operations.md, scaling out)
    awaitStarted(store.tenantChanges().start(vertx, PgPools.connectOptions(config.database())),
        "LISTEN for tenant changes");
    if (config.catchUpIntervalSeconds() > 0) {
      timers.add(vertx.setPeriodic(config.catchUpIntervalSeconds() * 1000L, id -> catchUp()));
    }
    timers.add(vertx.setPeriodic(EXPORT_EXPIRY_CHECK_MILLIS, id -> expireExports()));
    if (config.modelRefit() != null) {
      timers.add(vertx.setPeriodic(Math.min(REFIT_CHECK_MILLIS, config.modelRefit().toMillis()),
          id -> refit(config.modelRefit())));
    }
    timers.add(vertx.setPeriodic(KEY_PURGE_MILLIS, id -> forgetExpiredIdempotencyKeys()));
    return this;
  }

  /** Every instance purges; a chunked delete by age is cheap and harmless when another instance does it too. */
  private void forgetExpiredIdempotencyKeys() {
    services.idempotencyKeys().forgetExpired().whenComplete((count, failure) -> {
      if (failure != null) {
        LOG.log(System.Logger.Level.WARNING, "forgetting expired idempotency keys failed: " + rootMessage(failure));
      }
    });
  }

  /** The scheduled refit: tenants whose models are older than the interval, one after another. */
  private void refit(Duration maxAge) {
    if (!refitting.compareAndSet(false, true)) {
      return;
    }
    services.refit().refitOlderThan(maxAge).whenComplete((count, failure) -> {
      refitting.set(false);
      if (failure != null) {
        System.getLogger(Server.class.getName()).log(System.Logger.Level.WARNING,
            "scheduled model refit failed: " + rootMessage(failure));
      }
    });
  }

  /** Removes the files of exports older than their retention; their rows stay, without a url. */
  private void expireExports() {
    services.useCases().bulkExports().expireFiles().whenComplete((count, failure) -> {
      if (failure != null) {
        System.getLogger(Server.class.getName()).log(System.Logger.Level.WARNING,
            "export expiry failed: " + rootMessage(failure));
      }
    });
  }

  /** One background sweep at a time: a slow one (a midnight with many due customers) is not stacked on. */
  private void catchUp() {
    if (!catchingUp.compareAndSet(false, true)) {
      return;
    }
    services.catchUp().catchUpAllTenants().whenComplete((tenants, failure) -> {
      catchingUp.set(false);
      if (failure != null) {
        System.getLogger(Server.class.getName()).log(System.Logger.Level.WARNING,
            "background catch-up failed: " + rootMessage(failure));
      }
    });
  }

  /** Ready: not stopping, and the database answers (false at once while the monitor knows it is down). */
  private CompletionStage<Boolean> ready() {
    return draining ? CompletableFuture.completedFuture(false) : database.ready();
  }

  public int port() {
    return port;
  }

  public Services services() {
    return services;
  }

  public PostgresAdapters store() {
    return store;
  }

  /**
   * Stops gracefully, once (later calls return at once): readiness answers 503 first, the HTTP servers stop accepting
   * and let requests in flight finish for up to the shutdown grace (WebSocket subscribers get a 1001 close frame),
   * then the background timers, the model-fit worker, the LISTEN connection, the pool and Vert.x close in that order.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    long started = System.nanoTime();
    draining = true;
    List<Future<Void>> stopping = new ArrayList<>();
    // all at once: servers sharing a port keep it open until the last one stops accepting
    for (HttpServer server : httpServers) {
      stopping.add(server.shutdown(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS));
    }
    // each step even if one before it failed: a stuck HTTP server must not leave the pool open
    step("HTTP servers", Future.join(stopping), shutdownGrace.toSeconds() + CLOSE_STEP_SECONDS);
    LOG.log(System.Logger.Level.INFO, "HTTP stopped after " + millisSince(started) + " ms (grace "
        + shutdownGrace.toSeconds() + " s)");
    timers.forEach(vertx::cancelTimer);
    database.close();
    step("model-fit worker", fitWorkers.close(), CLOSE_STEP_SECONDS);
    step("bulk-export workers", exportWorkers.close(), CLOSE_STEP_SECONDS);
    store.riskEvents().close();
    store.tenantChanges().close();
    step("pool", pool.close(), CLOSE_STEP_SECONDS);
    step("Vert.x", vertx.close(), CLOSE_STEP_SECONDS);
    LOG.log(System.Logger.Level.INFO, "server stopped in " + millisSince(started) + " ms");
  }

  private static void step(String what, Future<?> closing, long seconds) {
    try {
      closing.await(seconds, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.log(System.Logger.Level.WARNING, "unclean shutdown of the " + what + ": " + e);
    }
  }

  private static long millisSince(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
  }

  private static void awaitStarted(io.vertx.core.Future<?> starting, String what) {
    try {
      starting.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new ConfigException("cannot " + what + " (" + rootMessage(e) + ")", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}

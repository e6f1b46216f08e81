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
import io.customerintel.adapters.postgres.setup.DatabaseProvisioner;
import io.customerintel.adapters.postgres.setup.Migrator;
import io.customerintel.adapters.postgres.setup.PgPools;
import io.customerintel.bootstrap.config.AppConfig;
import io.customerintel.bootstrap.config.ConfigException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
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

  private final Vertx vertx;
  private final Pool pool;
  private final PostgresAdapters store;
  private final Services services;
  private final List<HttpServer> httpServers = new ArrayList<>();
  private final AtomicBoolean catchingUp = new AtomicBoolean();
  private final AtomicBoolean refitting = new AtomicBoolean();
  private final WorkerExecutor fitWorkers;
  private final WorkerExecutor exportWorkers;
  private final ExportSettings exportSettings;
  /** An export running longer than this is reported as blocked by Vert.x (it still completes). */
  private static final long EXPORT_MAX_MINUTES = 60;
  /** How often the server removes expired export files. */
  private static final long EXPORT_EXPIRY_CHECK_MILLIS = Duration.ofMinutes(10).toMillis();
  private int port;

  private Server(AppConfig config, ExportSettings exports) {
    this.vertx = Vertx.vertx();
    this.pool = PgPools.create(vertx, config.database());
    this.store = new PostgresAdapters(pool);
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
        exports, exportExecutor);
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
    services.nodeJsonWriter().attach(api);
    GraphQLHttpApi http = new GraphQLHttpApi(api.graphQL(), api.sdl(), services.authentication(), api,
        store::ping, new HttpApiOptions(graphiql || config.graphiql(), HttpApiOptions.DEFAULT_MAX_BODY_BYTES,
            config.corsAllowedOrigins(), config.queryLimits()),
        services.persistedQueries(), services.queryCosts())
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
    if (config.catchUpIntervalSeconds() > 0) {
      vertx.setPeriodic(config.catchUpIntervalSeconds() * 1000L, id -> catchUp());
    }
    vertx.setPeriodic(EXPORT_EXPIRY_CHECK_MILLIS, id -> expireExports());
    if (config.modelRefit() != null) {
      vertx.setPeriodic(Math.min(REFIT_CHECK_MILLIS, config.modelRefit().toMillis()), id -> refit(config.modelRefit()));
    }
    return this;
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

  public int port() {
    return port;
  }

  public Services services() {
    return services;
  }

  public PostgresAdapters store() {
    return store;
  }

  @Override
  public void close() {
    try {
      for (HttpServer server : httpServers) {
        server.close().await(10, TimeUnit.SECONDS);
      }
      fitWorkers.close().await(10, TimeUnit.SECONDS);
      exportWorkers.close().await(10, TimeUnit.SECONDS);
      store.riskEvents().close();
      pool.close().await(10, TimeUnit.SECONDS);
      vertx.close().await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.getLogger(Server.class.getName()).log(System.Logger.Level.WARNING, "unclean shutdown: " + e);
    }
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

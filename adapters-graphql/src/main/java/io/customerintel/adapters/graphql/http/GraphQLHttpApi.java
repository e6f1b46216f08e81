package io.customerintel.adapters.graphql.http;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import io.customerintel.adapters.graphql.export.ExportUrls;
import io.customerintel.adapters.graphql.limits.LimitsInstrumentation;
import io.customerintel.adapters.graphql.limits.OperationAnalyzer;
import io.customerintel.application.port.in.AuthenticateApiKeyUseCase;
import io.customerintel.application.port.in.BulkExportUseCase;
import io.customerintel.application.port.in.PersistedQueryUseCase;
import io.customerintel.application.port.in.ChargeQueryCostUseCase;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.graphql.GraphQLHandler;
import io.vertx.ext.web.handler.graphql.GraphQLHandlerOptions;
import io.vertx.ext.web.handler.graphql.GraphiQLHandler;
import io.vertx.ext.web.handler.graphql.GraphiQLHandlerOptions;
import java.time.Duration;
import java.util.Objects;

/** Mounts the GraphQL endpoint, the SDL, GraphiQL, health checks and metrics on a Vert.x Router. */
public final class GraphQLHttpApi {

  public static final String GRAPHQL_PATH = "/graphql";
  public static final String SDL_PATH = "/schema.graphql";
  public static final String GRAPHIQL_PATH = "/graphiql";
  public static final String LIVE_PATH = "/health/live";
  public static final String READY_PATH = "/health/ready";
  public static final String METRICS_PATH = "/metrics";

  static final Duration READINESS_TIMEOUT = Duration.ofSeconds(2);

  private final GraphQL graphQL;
  private final String sdl;
  private final AuthenticateApiKeyUseCase auth;
  private final RequestPreparer preparer;
  private final ReadinessCheck readiness;
  private final HttpApiOptions options;
  private final PersistedQueryUseCase persistedQueries;
  private final ChargeQueryCostUseCase charges;
  private final OperationAnalyzer analyzer;
  private final HttpObservability observability;
  private final RequestObserver observer;
  private final AvailabilityCheck database;
  private BulkExportUseCase bulkExports;
  private ExportUrls exportUrls;

  /** Without rate limiting (the static limits still hold): for embedding and tests. */
  public GraphQLHttpApi(GraphQL graphQL, String sdl, AuthenticateApiKeyUseCase auth,
                        RequestPreparer preparer, ReadinessCheck readiness, HttpApiOptions options,
                        PersistedQueryUseCase persistedQueries) {
    this(graphQL, sdl, auth, preparer, readiness, options, persistedQueries, QueryCostHandler.unmetered());
  }

  /** @param charges where each operation's cost is taken from its API key's bucket */
  public GraphQLHttpApi(GraphQL graphQL, String sdl, AuthenticateApiKeyUseCase auth,
                        RequestPreparer preparer, ReadinessCheck readiness, HttpApiOptions options,
                        PersistedQueryUseCase persistedQueries, ChargeQueryCostUseCase charges) {
    this(graphQL, sdl, auth, preparer, readiness, options, persistedQueries, charges, HttpObservability.none(),
        AvailabilityCheck.ALWAYS);
  }

  /** @param observability where request meters go, and how /metrics is served (docs/operations-metrics.md) */
  public GraphQLHttpApi(GraphQL graphQL, String sdl, AuthenticateApiKeyUseCase auth,
                        RequestPreparer preparer, ReadinessCheck readiness, HttpApiOptions options,
                        PersistedQueryUseCase persistedQueries, ChargeQueryCostUseCase charges,
                        HttpObservability observability) {
    this(graphQL, sdl, auth, preparer, readiness, options, persistedQueries, charges, observability,
        AvailabilityCheck.ALWAYS);
  }

  /**
   * @param observability where request meters go, and how /metrics is served (docs/operations-metrics.md)
   * @param database      while it says unavailable, GraphQL requests get 503 DATABASE_UNAVAILABLE without being tried
   */
  public GraphQLHttpApi(GraphQL graphQL, String sdl, AuthenticateApiKeyUseCase auth,
                        RequestPreparer preparer, ReadinessCheck readiness, HttpApiOptions options,
                        PersistedQueryUseCase persistedQueries, ChargeQueryCostUseCase charges,
                        HttpObservability observability, AvailabilityCheck database) {
    this.database = Objects.requireNonNull(database, "database");
    this.graphQL = withTransportInstrumentation(Objects.requireNonNull(graphQL, "graphQL"));
    this.sdl = Objects.requireNonNull(sdl, "sdl");
    this.auth = Objects.requireNonNull(auth, "auth");
    this.preparer = Objects.requireNonNull(preparer, "preparer");
    this.readiness = Objects.requireNonNull(readiness, "readiness");
    this.options = Objects.requireNonNull(options, "options");
    this.persistedQueries = Objects.requireNonNull(persistedQueries, "persistedQueries");
    this.charges = Objects.requireNonNull(charges, "charges");
    this.analyzer = new OperationAnalyzer(graphQL.getGraphQLSchema(), options.queryLimits());
    this.observability = Objects.requireNonNull(observability, "observability");
    analyzer.monitorCache(observability.registry(), "checked_documents");
    // one for every router: the operation-name cap must hold across the per-core servers
    this.observer = new RequestObserver(
        new RequestMetrics(observability.registry(), new OperationNames(OperationNames.DEFAULT_CAPACITY)),
        new AccessLog());
  }

  /** Serves export downloads at /exports/{id} (docs/bulk-export.md) on the routers made after this call. */
  public GraphQLHttpApi withExportDownloads(BulkExportUseCase bulkExports, ExportUrls exportUrls) {
    this.bulkExports = Objects.requireNonNull(bulkExports, "bulkExports");
    this.exportUrls = Objects.requireNonNull(exportUrls, "exportUrls");
    return this;
  }

  /** A new router each call, so each verticle instance can have its own; the handlers hold no per-request state. */
  public Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    TransportFailureHandler failures = new TransportFailureHandler(options.maxBodyBytes());
    router.route().handler(new RequestIdHandler());
    router.route().failureHandler(failures);
    // Reached when no route matched, or a failure escaped the failure handler: keep even those in our format.
    for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
      router.errorHandler(status, failures);
    }

    GraphQLHandler graphQLHandler = GraphQLHandler.builder(graphQL)
        .with(new GraphQLHandlerOptions().setRequestBatchingEnabled(false).setRequestMultipartEnabled(false))
        .beforeExecute(new ExecutionSetup(preparer))
        .build();
    // WebSocket upgrades (subscriptions, docs/risk-alerts.md) first: they authenticate in connection_init, not by header
    router.route(GRAPHQL_PATH).handler(new SubscriptionSocket(graphQL, auth, preparer, options.corsAllowedOrigins()));
    // Two routes on one path: vertx-web refuses a BodyHandler after other handlers within a route, and we want
    // cheap header checks and the key lookup done before an anonymous caller can make us buffer a body.
    router.route(GRAPHQL_PATH)
        // first: the meters and the access log see every refusal too
        .handler(observer)
        // before the method check: a preflight is an OPTIONS request
        .handler(new CorsPolicy(options.corsAllowedOrigins()))
        // first after CORS (a browser must be able to read the 503): nothing below can work without the database
        .handler(new UnavailableDatabase(database))
        .handler(MethodGuard.only(HttpMethod.GET, HttpMethod.POST))
        .handler(new CredentialsInUrlGuard())
        .handler(new GraphQLRequestGuard())
        .handler(new BearerAuthHandler(auth));
    router.route(GRAPHQL_PATH)
        .handler(BodyHandler.create(false).setBodyLimit(options.maxBodyBytes()))
        .handler(new GraphQLPayloadGuard())
        .handler(new PersistedQueryHandler(persistedQueries, new DocumentValidation(graphQL)))
        .handler(new ScopeGuard())
        .handler(new QueryCostHandler(analyzer, charges))
        .handler(graphQLHandler);

    Handler<RoutingContext> getOnly = MethodGuard.only(HttpMethod.GET);
    if (bulkExports != null) {
      ExportDownloadHandler downloads = new ExportDownloadHandler(bulkExports, exportUrls, new BearerAuthHandler(auth));
      router.route(ExportDownloadHandler.PATH).handler(getOnly).handler(new CredentialsInUrlGuard())
          .handler(downloads.access()).handler(downloads.download());
    }
    router.route(SDL_PATH).handler(getOnly).handler(new SdlHandler(sdl));
    router.route(LIVE_PATH).handler(getOnly).handler(HealthHandlers.live());
    router.route(READY_PATH).handler(getOnly).handler(HealthHandlers.ready(readiness, READINESS_TIMEOUT));
    if (observability.metrics() != null) {
      router.route(METRICS_PATH).handler(getOnly);
      if (observability.metricsToken() != null) {
        router.route(METRICS_PATH).handler(new MetricsTokenGuard(observability.metricsToken()));
      }
      router.route(METRICS_PATH).handler(observability.metrics());
    }

    if (options.graphiqlEnabled()) {
      router.route(GRAPHIQL_PATH + "/*").handler(getOnly);
      router.route(GRAPHIQL_PATH + "/*").subRouter(graphiql(vertx).router());
    }
    return router;
  }

  private static GraphiQLHandler graphiql(Vertx vertx) {
    GraphiQLHandlerOptions graphiqlOptions = new GraphiQLHandlerOptions()
        // GraphiQL is otherwise enabled only when vertx-web runs in "dev" mode (vertxweb.environment).
        .setEnabled(true)
        .setGraphQLUri(GRAPHQL_PATH)
        // No WebSocket endpoint here; enabled, the page would try to open one.
        .setGraphQLWSEnabled(false);
    return GraphiQLHandler.create(vertx, graphiqlOptions);
  }

  /**
   * GraphQL.transform rebuilds the instance but does not carry over the value unboxer or the data loader
   * dispatch flag (graphql-java 24.3), so both are copied here by hand.
   */
  private static GraphQL withTransportInstrumentation(GraphQL graphQL) {
    Instrumentation existing = graphQL.getInstrumentation();
    // The limits' instrumentation codes graphql-java's own limit refusals before the transport's would classify them.
    Instrumentation ours = new ChainedInstrumentation(new LimitsInstrumentation(), new TransportInstrumentation());
    // Ours runs last so that it sees, and codes, whatever the wiring side's instrumentations produced.
    Instrumentation combined = existing == null || existing == SimplePerformantInstrumentation.INSTANCE
        ? ours
        : new ChainedInstrumentation(existing, ours);
    return graphQL.transform(builder -> {
      builder.instrumentation(combined).valueUnboxer(graphQL.getValueUnboxer());
      if (graphQL.isDoNotAutomaticallyDispatchDataLoader()) {
        builder.doNotAutomaticallyDispatchDataLoader();
      }
    });
  }
}

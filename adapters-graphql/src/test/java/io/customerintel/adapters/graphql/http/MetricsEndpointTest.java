package io.customerintel.adapters.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.customerintel.application.port.in.AuthenticateApiKeyUseCase;
import io.customerintel.application.port.in.Caller;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /metrics behind its token, and the request meters' operation tags staying bounded whatever clients send. */
class MetricsEndpointTest {
  static final String KEY = "metrics-test-key";
  static final String TOKEN = "0123456789abcdef-metrics";

  static Vertx vertx;
  static SimpleMeterRegistry registry = new SimpleMeterRegistry();
  static String guarded;
  static String withoutMetrics;
  static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
        new SchemaParser().parse("type Query { hello: String }"),
        RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("hello", env -> "world")).build());
    GraphQL graphQL = GraphQL.newGraphQL(schema).build();
    AuthenticateApiKeyUseCase auth = key -> CompletableFuture.completedFuture(KEY.equals(key)
        ? Optional.of(new Caller(GraphQLHttpApiTest.TENANT, ApiKeyGrant.everything(7, "metrics"))) : Optional.empty());
    RequestPreparer preparer = (input, tenant, requestId) -> { };
    ReadinessCheck ready = () -> CompletableFuture.completedFuture(true);
    HttpObservability observability = new HttpObservability(registry,
        rc -> rc.response().end("scraped"), TOKEN);
    vertx = Vertx.vertx();
    guarded = "http://127.0.0.1:" + listen(new GraphQLHttpApi(graphQL, "type Query { hello: String }", auth,
        preparer, ready, HttpApiOptions.defaults(), new InMemoryPersistedQueries(), QueryCostHandler.unmetered(),
        observability)).actualPort();
    withoutMetrics = "http://127.0.0.1:" + listen(new GraphQLHttpApi(graphQL, "type Query { hello: String }",
        auth, preparer, ready, HttpApiOptions.defaults(), new InMemoryPersistedQueries())).actualPort();
  }

  static HttpServer listen(GraphQLHttpApi api) throws Exception {
    return vertx.createHttpServer().requestHandler(api.router(vertx)).listen(0)
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  static HttpResponse<String> get(String url, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void metricsNeedTheConfiguredToken() throws Exception {
    HttpResponse<String> none = get(guarded + "/metrics", null);
    assertEquals(401, none.statusCode());
    assertEquals("UNAUTHENTICATED", new JsonObject(none.body()).getJsonArray("errors").getJsonObject(0)
        .getJsonObject("extensions").getString("code"));
    assertEquals(401, get(guarded + "/metrics", "Bearer " + TOKEN + "x").statusCode());
    assertEquals(401, get(guarded + "/metrics", "Bearer " + KEY).statusCode(), "an API key is not the token");
    HttpResponse<String> scraped = get(guarded + "/metrics", "Bearer " + TOKEN);
    assertEquals(200, scraped.statusCode());
    assertEquals("scraped", scraped.body());
  }

  @Test
  void metricsAreOnlyRead() throws Exception {
    HttpResponse<String> posted = CLIENT.send(HttpRequest.newBuilder(URI.create(guarded + "/metrics"))
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, posted.statusCode());
  }

  @Test
  void withoutAMetricsHandlerThereIsNoMetricsRoute() throws Exception {
    assertEquals(404, get(withoutMetrics + "/metrics", null).statusCode());
  }

  @Test
  void operationTagsStayBoundedWhateverNamesClientsInvent() throws Exception {
    int sent = OperationNames.DEFAULT_CAPACITY + 50;
    for (int i = 0; i < sent; i++) {
      String query = "query Invented" + i + " { hello }";
      HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(guarded + "/graphql"))
          .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", query).encode())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (count() < sent && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(sent, count(), "every request was counted");
    Set<String> operations = registry.find(RequestMetrics.REQUESTS).meters().stream()
        .map(meter -> meter.getId().getTag("operation")).collect(Collectors.toSet());
    assertTrue(operations.contains(OperationNames.OTHER));
    assertTrue(operations.size() <= OperationNames.DEFAULT_CAPACITY + 1, operations.size() + " operation tags");
  }

  private static long count() {
    return registry.find(RequestMetrics.REQUESTS).timers().stream()
        .filter(timer -> timer.getId().getTag("operation").startsWith("Invented")
            || OperationNames.OTHER.equals(timer.getId().getTag("operation")))
        .mapToLong(io.micrometer.core.instrument.Timer::count).sum();
  }
}

package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static io.customerintel.bootstrap.e2e.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7's metrics and access log over real HTTP: GET /metrics shows requests per operation, errors per code, query
 * cost, Vert.x's pool meters, cache hit counts and fit durations, and every /graphql request leaves one JSON log line
 * with ids but without secrets, query text or variables.
 */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class MetricsEndToEndTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private static final String PROBE = "query MetricsProbe { customers(first: 5) { edges { node { id } } } }";

  @Test
  void requestsAreCountedPerOperationAndErrorsPerCode() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    Scrape before = Scrape.now();

    api.ok(PROBE);
    api.ok(PROBE);
    api.ok("{ customers(first: 1) { edges { node { id } } } }");
    GraphQLClient.Response unauthenticated = new GraphQLClient("ci_not_a_real_key_000000000000000000").query(PROBE);
    assertEquals("UNAUTHENTICATED", unauthenticated.firstErrorCode());
    GraphQLClient.Response invalid = api.query("query BrokenProbe { noSuchField }");
    assertEquals("GRAPHQL_VALIDATION_FAILED", invalid.firstErrorCode());
    JsonObject refusedInput = api.ok(Fixtures.DEFECTION, in(Fixtures.defection("nobody", "2026-06-01T10:00:00Z",
        "TOO_EXPENSIVE"))).getJsonObject("recordDefection");
    assertEquals("UNKNOWN_CUSTOMER", refusedInput.getJsonArray("userErrors").getJsonObject(0).getString("code"));

    Map<String, String> probe = Map.of("operation", "MetricsProbe", "type", "query", "status", "200");
    Scrape after = Scrape.awaiting(s -> s.sum("customerintel_graphql_requests_seconds_count",
        Map.of("operation", "BrokenProbe")) > before.sum("customerintel_graphql_requests_seconds_count",
        Map.of("operation", "BrokenProbe")));
    assertEquals(2, after.sum("customerintel_graphql_requests_seconds_count", probe)
        - before.sum("customerintel_graphql_requests_seconds_count", probe));
    assertTrue(after.sum("customerintel_graphql_requests_seconds_sum", probe)
        > before.sum("customerintel_graphql_requests_seconds_sum", probe), "latency adds up");
    assertTrue(after.sum("customerintel_graphql_requests_seconds_count", Map.of("operation", "anonymous"))
        > before.sum("customerintel_graphql_requests_seconds_count", Map.of("operation", "anonymous")));
    assertEquals(1, after.sum("customerintel_graphql_requests_seconds_count", Map.of("operation", "BrokenProbe"))
        - before.sum("customerintel_graphql_requests_seconds_count", Map.of("operation", "BrokenProbe")));
    assertTrue(after.sum("customerintel_graphql_user_errors_total", Map.of("code", "UNKNOWN_CUSTOMER"))
        > before.sum("customerintel_graphql_user_errors_total", Map.of("code", "UNKNOWN_CUSTOMER")));
    for (String code : List.of("UNAUTHENTICATED", "GRAPHQL_VALIDATION_FAILED")) {
      assertTrue(after.sum("customerintel_graphql_errors_total", Map.of("code", code))
          > before.sum("customerintel_graphql_errors_total", Map.of("code", code)), code);
    }
    Map<String, String> probeCost = Map.of("operation", "MetricsProbe");
    assertEquals(2, after.sum("customerintel_graphql_query_cost_count", probeCost)
        - before.sum("customerintel_graphql_query_cost_count", probeCost));
    assertTrue(after.sum("customerintel_graphql_query_cost_sum", probeCost)
        - before.sum("customerintel_graphql_query_cost_sum", probeCost) >= 2, "each priced at 1 point at least");
  }

  @Test
  void vertxPoolAndHttpServerMetricsAreServed() {
    new GraphQLClient(TestServer.newTenantKey()).ok(PROBE);
    Scrape scrape = Scrape.now();
    assertTrue(scrape.has("vertx_pool_in_use"), "SQL pool usage");
    assertTrue(scrape.has("vertx_pool_queue_time_seconds_count"), "SQL pool wait time");
    assertTrue(scrape.has("vertx_http_server_requests_total"), "Vert.x HTTP server");
    assertTrue(scrape.has("jvm_memory_used_bytes"), "JVM");
  }

  @Test
  void openSubscriptionSocketsAreCounted() throws Exception {
    try (GraphQLSocket socket = GraphQLSocket.connected(TestServer.start().port(), TestServer.newTenantKey())) {
      assertTrue(Scrape.awaiting(s -> s.sum("vertx_http_server_active_ws_connections", Map.of()) >= 1)
          .sum("vertx_http_server_active_ws_connections", Map.of()) >= 1, "risk alert sockets");
    }
  }

  @Test
  void cacheHitsAndMissesAreCounted() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    String query = "query CacheProbe { customers(first: 2) { edges { node { id } } } }";
    Scrape before = Scrape.now();
    api.ok(query);
    api.ok(query);
    Map<String, String> probe = Map.of("operation", "CacheProbe");
    Scrape after = Scrape.awaiting(s -> s.sum("customerintel_graphql_requests_seconds_count", probe)
        - before.sum("customerintel_graphql_requests_seconds_count", probe) == 2);
    for (String cache : List.of("parsed_documents", "checked_documents")) {
      assertTrue(after.sum("cache_gets_total", Map.of("cache", cache, "result", "hit"))
          > before.sum("cache_gets_total", Map.of("cache", cache, "result", "hit")), cache);
    }
    for (String cache : List.of("analytics", "revenue_rankings", "recent_revenue_rankings", "persisted_queries")) {
      assertTrue(after.has("cache_gets_total", Map.of("cache", cache, "result", "miss")), cache);
      assertTrue(after.has("cache_size", Map.of("cache", cache)), cache);
    }
  }

  @Test
  void fitDurationsPerKindAppearAfterAFit() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey("USD"));
    loadRepeatBuyers(api, 1500);
    Scrape before = Scrape.now();
    JsonObject fit = api.ok(CustomerBaseModelsEndToEndTest.FIT, new JsonObject().put("in", new JsonObject()))
        .getJsonObject("fitCustomerBaseModels");
    Scrape after = Scrape.now();
    Map<String, String> run = Map.of("trigger", "requested");
    assertEquals(1, after.sum("customerintel_model_fit_run_seconds_count", run)
        - before.sum("customerintel_model_fit_run_seconds_count", run), fit.encode());
    for (String kind : List.of("BG_NBD", "MBG_NBD", "GAMMA_GAMMA")) {
      Map<String, String> tags = Map.of("kind", kind, "trigger", "requested");
      assertEquals(1, after.sum("customerintel_model_fit_seconds_count", tags)
          - before.sum("customerintel_model_fit_seconds_count", tags), kind + ": " + fit.encode());
    }
    JsonArray models = fit.getJsonArray("models");
    assertFalse(models.isEmpty(), "the data fits: " + fit.encode());
    Map<String, String> fitted = Map.of("outcome", "fitted", "trigger", "requested");
    assertEquals(models.size(), after.sum("customerintel_model_fit_seconds_count", fitted)
        - before.sum("customerintel_model_fit_seconds_count", fitted));
  }

  @Test
  void openMetricsIsServedWhenAskedFor() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/metrics"))
        .header("Accept", "application/openmetrics-text; version=1.0.0").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"));
    assertTrue(response.body().trim().endsWith("# EOF"));
  }

  @Test
  void eachRequestLeavesOneJsonLineWithIdsAndNoSecretsOrQueryText() {
    String key = TestServer.newTenantKey();
    String marker = "MARKER-" + java.util.UUID.randomUUID();
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    Logger access = Logger.getLogger("customerintel.access");
    access.addHandler(capture);
    try {
      HttpResponse<String> written = post(key, "probe-write-1", new JsonObject()
          .put("query", "mutation AccessLogProbe($in:[CustomerInput!]!){upsertCustomers(input:$in){upserted}}")
          .put("operationName", "AccessLogProbe")
          .put("variables", in(new JsonArray().add(customer(marker)))));
      assertEquals(200, written.statusCode(), written.body());
      HttpResponse<String> refused = post("ci_wrong_key_" + marker.replace("-", ""), "probe-refused-1",
          new JsonObject().put("query", "{ customers(first: 1) { edges { node { id } } } }"));
      assertEquals(401, refused.statusCode());
      HttpResponse<String> refusedInput = post(key, "probe-user-error-1", new JsonObject()
          .put("query", Fixtures.DEFECTION).put("variables", in(Fixtures.defection(marker, "2026-06-01T10:00:00Z",
              "NOT_A_REASON_" + marker.substring(7, 15).toUpperCase(java.util.Locale.ROOT)))));
      assertEquals(200, refusedInput.statusCode(), refusedInput.body());
      awaitLines(records, "probe-write-1", "probe-refused-1", "probe-user-error-1");
    } finally {
      access.removeHandler(capture);
    }

    JsonObject write = line(records, "probe-write-1");
    assertEquals("POST", write.getString("method"));
    assertEquals("/graphql", write.getString("path"));
    assertEquals(200, write.getInteger("status"));
    assertEquals("AccessLogProbe", write.getString("operationName"));
    assertEquals("mutation", write.getString("operationType"));
    assertNotNull(write.getLong("tenantId"));
    assertNotNull(write.getLong("apiKeyId"));
    assertTrue(write.getLong("cost") >= 1);
    assertTrue(write.getDouble("durationMs") >= 0);
    assertNotNull(write.getString("time"));
    assertFalse(write.containsKey("errorCodes"));

    JsonObject refused = line(records, "probe-refused-1");
    assertEquals(401, refused.getInteger("status"));
    assertEquals(List.of("UNAUTHENTICATED"), refused.getJsonArray("errorCodes").getList());
    assertFalse(refused.containsKey("tenantId"));

    JsonObject userError = line(records, "probe-user-error-1");
    assertEquals(200, userError.getInteger("status"));
    assertFalse(userError.containsKey("errorCodes"));
    assertFalse(userError.getJsonArray("userErrorCodes").isEmpty(), userError.encode());

    for (LogRecord record : records) {
      String text = record.getMessage();
      assertFalse(text.contains(marker), "variables or customer ids leaked: " + text);
      assertFalse(text.contains(key), "the API key leaked: " + text);
      assertFalse(text.contains("upsertCustomers") || text.contains("customers(") || text.contains("recordDefection"),
          "query text leaked: " + text);
      assertFalse(text.contains("Bearer"), "the Authorization header leaked: " + text);
    }
  }

  /** The line is written when the response has ended, which may be just after the client has read it. */
  private static void awaitLines(List<LogRecord> records, String... requestIds) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (java.util.Arrays.stream(requestIds).allMatch(id -> records.stream().anyMatch(r ->
          id.equals(new JsonObject(r.getMessage()).getString("requestId"))))) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static JsonObject line(List<LogRecord> records, String requestId) {
    List<JsonObject> lines = new ArrayList<>();
    for (LogRecord record : records) {
      assertEquals(Level.INFO, record.getLevel());
      JsonObject json = new JsonObject(record.getMessage());
      if (requestId.equals(json.getString("requestId"))) {
        lines.add(json);
      }
    }
    assertEquals(1, lines.size(), "one line per request: " + lines);
    return lines.get(0);
  }

  private static HttpResponse<String> post(String key, String requestId, JsonObject body) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/graphql"))
          .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
          .header("X-Request-Id", requestId).POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Customers who buy at their own pace (every 7 to 280 days) and may stop after each purchase, over eighteen months
   * before the pinned "now": the behaviour the models describe, seeded so every run loads the same purchases.
   */
  private static void loadRepeatBuyers(GraphQLClient api, int count) {
    java.util.Random random = new java.util.Random(7);
    JsonArray customers = new JsonArray();
    JsonArray purchases = new JsonArray();
    LocalDate start = LocalDate.of(2025, 1, 1);
    LocalDate end = LocalDate.of(2026, 6, 1);
    for (int c = 0; c < count; c++) {
      String id = "fit-" + c;
      customers.add(customer(id));
      // heterogeneous in pace, in how soon they stop and in what they spend, as the models assume
      double meanGap = Math.exp(Math.log(7) + random.nextDouble() * Math.log(40));
      double stop = random.nextDouble() * random.nextDouble() * 0.6;
      int spend = 10 + random.nextInt(90);
      LocalDate day = start.plusDays(random.nextInt(180));
      for (int p = 0; !day.isAfter(end); p++) {
        purchases.add(purchase(id, id + "-" + p, day + "T12:00:00Z",
            String.valueOf(Math.max(1, spend + random.nextInt(21) - 10))));
        if (random.nextDouble() < stop) {
          break;
        }
        day = day.plusDays(1 + (long) (-meanGap * Math.log(1 - random.nextDouble())));
      }
    }
    for (JsonArray batch : batches(customers)) {
      api.ok(UPSERT, in(batch));
    }
    for (JsonArray batch : batches(purchases)) {
      assertEquals(List.of(), api.ok(PURCHASES, in(batch)).getJsonObject("recordPurchases")
          .getJsonArray("userErrors").getList());
    }
  }

  /** At most 1,000 items a request, the API's batch limit. */
  private static List<JsonArray> batches(JsonArray items) {
    List<JsonArray> batches = new ArrayList<>();
    for (int from = 0; from < items.size(); from += 1000) {
      batches.add(new JsonArray(items.getList().subList(from, Math.min(items.size(), from + 1000))));
    }
    return batches;
  }

  /** One GET /metrics, parsed into series: name, labels and value. */
  private record Scrape(List<Series> series) {
    record Series(String name, Map<String, String> labels, double value) {}

    /**
     * Scrapes until the predicate holds (or 10 s pass): a request's meters are recorded when its response has
     * ended, which may be just after the client has read it.
     */
    static Scrape awaiting(java.util.function.Predicate<Scrape> recorded) {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      Scrape scrape = now();
      while (!recorded.test(scrape) && System.nanoTime() < deadline) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        scrape = now();
      }
      return scrape;
    }

    static Scrape now() {
      HttpResponse<String> response;
      try {
        response = HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/metrics")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      assertEquals(200, response.statusCode());
      assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
      List<Series> series = new ArrayList<>();
      for (String line : response.body().split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int space = line.lastIndexOf(' ');
        String id = line.substring(0, space);
        String number = line.substring(space + 1);
        double value = number.endsWith("Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(number);
        int brace = id.indexOf('{');
        String name = brace < 0 ? id : id.substring(0, brace);
        Map<String, String> labels = new java.util.HashMap<>();
        if (brace >= 0) {
          // label values here never hold quotes or commas: our tags are names and codes
          for (String pair : id.substring(brace + 1, id.length() - 1).split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
              labels.put(pair.substring(0, eq), pair.substring(eq + 2, pair.length() - 1));
            }
          }
        }
        series.add(new Series(name, labels, value));
      }
      return new Scrape(series);
    }

    double sum(String name, Map<String, String> labels) {
      return series.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
          .mapToDouble(Series::value).sum();
    }

    boolean has(String name, Map<String, String> labels) {
      return series.stream().anyMatch(s -> s.name().equals(name)
          && s.labels().entrySet().containsAll(labels.entrySet()));
    }

    boolean has(String name) {
      return has(name, Map.of());
    }
  }
}

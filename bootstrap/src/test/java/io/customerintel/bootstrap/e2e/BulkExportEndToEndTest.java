package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.service.BulkExportService;
import io.customerintel.domain.export.BulkExportId;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({ScratchDatabase.class, TestServer.class})
class BulkExportEndToEndTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String START = "mutation($q:String!){startBulkExport(query:$q){bulkExport{id status objectCount"
      + " fileSize url createdAt completedAt errorCode} userErrors{code message}}}";
  private static final String STATUS = "query($id:ID!){bulkExport(id:$id){id status objectCount fileSize url"
      + " completedAt errorCode}}";
  private static final String CANCEL = "mutation($id:ID!){cancelBulkExport(id:$id){bulkExport{id status}"
      + " userErrors{code message}}}";
  /** Scalars, nested objects and nested lists: what a BI load asks for. */
  private static final String SELECTION = "id externalId name attributes firstSeenAt firstPurchaseAt lifecycleStage"
      + " tenure{days band} value{lifetimeRevenue{amount currency} purchaseCount averageOrderValue{amount} tier}"
      + " health{score band signals{code}} purchases(first:5){nodes{externalId occurredAt amount{amount}}}"
      + " defection{reason{code}}";

  private final String key = TestServer.newTenantKey();
  private final GraphQLClient api = new GraphQLClient(key);

  @AfterEach
  void noProbe() {
    exports().probe((id, batch) -> CompletableFuture.completedFuture(null));
  }

  @Test
  void anExportCompletesAndEachLineIsTheNodeThePagedApiGives() {
    tenantOfSix();
    JsonObject done = runToCompletion("{ customers { edges { node { " + SELECTION + " } } } }");
    assertEquals(6, done.getInteger("objectCount"));

    List<String> lines = downloadLines(done.getString("id"), null);
    assertEquals(6, lines.size());
    assertEquals(lines.stream().mapToLong(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1).sum(),
        done.getDouble("fileSize").longValue());
    JsonArray paged = api.ok("{ customers(first: 10) { edges { node { " + SELECTION + " } } } }")
        .getJsonObject("customers").getJsonArray("edges");
    for (int i = 0; i < paged.size(); i++) {
      assertEquals(paged.getJsonObject(i).getJsonObject("node").encode(), new JsonObject(lines.get(i)).encode());
    }
    assertTrue(lines.get(0).contains("\"purchases\":{\"nodes\":["), "nested lists are inline: " + lines.get(0));
  }

  @Test
  void aCompletedExportShowsInTheMetricsWithItsObjects() throws Exception {
    tenantOfSix();
    double before = completedExportObjects();
    JsonObject done = runToCompletion("{ customers { nodes { externalId } } }");
    assertEquals(6, done.getInteger("objectCount"));
    // recorded as the export stops running, just after its row says COMPLETED
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    double after = completedExportObjects();
    while (after < before + 6 && System.nanoTime() < deadline) {
      Thread.sleep(20);
      after = completedExportObjects();
    }
    assertEquals(before + 6, after, 0.0);
  }

  /** customerintel_export_objects_total of completed exports, 0 before the first. */
  private static double completedExportObjects() throws Exception {
    String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl()
        + "/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    for (String line : body.split("\n")) {
      if (line.startsWith("customerintel_export_objects_total{") && line.contains("outcome=\"completed\"")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return 0;
  }

  @Test
  void csvHasAHeaderRowAndOneRecordPerCustomerWithNestedValuesAsJson() {
    tenantOfSix();
    JsonObject done = runToCompletion("{ customers { nodes { externalId name value { tier } } } }");
    HttpResponse<String> csv = get("/exports/" + done.getString("id"), key, "text/csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<String> rows = Arrays.asList(csv.body().split("\r\n"));
    assertEquals("externalId,name,value", rows.get(0));
    assertEquals(7, rows.size());
    assertEquals("C1,\"Smith, Ann\",\"{\"\"tier\"\":\"\"" + tierOf("C1") + "\"\"}\"", rows.get(1));
  }

  @Test
  void aFilteredExportHasExactlyTheCustomersTheFilteredListingHas() {
    tenantOfSix();
    JsonObject done = runToCompletion("{ customers(filter: {lifecycleStages: PROSPECT}) { nodes { externalId } } }");
    JsonArray prospects = api.ok("{ customers(first: 100, filter: {lifecycleStages: [PROSPECT]}) { nodes { externalId } } }")
        .getJsonObject("customers").getJsonArray("nodes");
    assertEquals(2, prospects.size());
    List<String> lines = downloadLines(done.getString("id"), null);
    assertEquals(List.of(prospects.getJsonObject(0).encode(), prospects.getJsonObject(1).encode()), lines);
  }

  @Test
  void aWriteCommittedDuringTheExportDoesNotAppearInIt() throws Exception {
    tenantOfSix();
    Map<BulkExportId, CompletableFuture<Void>> reached = new ConcurrentHashMap<>();
    Map<BulkExportId, CompletableFuture<Void>> gates = new ConcurrentHashMap<>();
    // TestServer reads two customers a batch: the export is held at its first batch, with C9 (if it were visible)
    // in a batch the reader fetches only after the write
    exports().probe((id, batch) -> {
      if (batch != 1) {
        return CompletableFuture.completedFuture(null);
      }
      reached.computeIfAbsent(id, k -> new CompletableFuture<>()).complete(null);
      return gates.computeIfAbsent(id, k -> new CompletableFuture<>());
    });
    String id = start("{ customers { nodes { externalId name } } }").getString("id");
    reached.computeIfAbsent(exportId(id), k -> new CompletableFuture<>()).get(30, TimeUnit.SECONDS);
    CompletableFuture<Void> gate = gates.computeIfAbsent(exportId(id), k -> new CompletableFuture<>());
    api.ok(UPSERT, in(new JsonArray().add(customer("C9")).add(customer("C6").put("name", "Renamed"))));
    gate.complete(null);
    JsonObject done = poll(id);
    assertEquals("COMPLETED", done.getString("status"));
    List<String> lines = downloadLines(id, null);
    assertEquals(6, lines.size());
    assertEquals("{\"externalId\":\"C6\",\"name\":null}", lines.get(5));
    assertEquals(7, api.ok("{ customers(first: 100) { nodes { externalId } } }").getJsonObject("customers")
        .getJsonArray("nodes").size());
  }

  @Test
  void aSecondStartWhileOneRunsIsRefusedAndCancelStopsTheFirst() {
    tenantOfSix();
    CompletableFuture<Void> hold = new CompletableFuture<>();
    exports().probe((id, batch) -> hold);
    String id = start("{ customers { nodes { externalId } } }").getString("id");

    JsonObject second = api.ok(START, new JsonObject().put("q", "{ customers { nodes { id } } }"))
        .getJsonObject("startBulkExport");
    assertNull(second.getValue("bulkExport"));
    assertEquals("BULK_EXPORT_IN_PROGRESS", second.getJsonArray("userErrors").getJsonObject(0).getString("code"));

    JsonObject canceled = api.ok(CANCEL, new JsonObject().put("id", id)).getJsonObject("cancelBulkExport");
    assertEquals("CANCELED", canceled.getJsonObject("bulkExport").getString("status"));
    hold.complete(null);
    JsonObject after = poll(id);
    assertEquals("CANCELED", after.getString("status"));
    assertNull(after.getValue("url"));
    assertEquals(404, get("/exports/" + id, key, null).statusCode());
    JsonObject again = api.ok(CANCEL, new JsonObject().put("id", id)).getJsonObject("cancelBulkExport");
    assertEquals("ALREADY_FINISHED", again.getJsonArray("userErrors").getJsonObject(0).getString("code"));
    // the key's slot is free again
    assertEquals("COMPLETED", runToCompletion("{ customers { nodes { id } } }").getString("status"));
  }

  @Test
  void anotherTenantsKeyNeitherSeesNorDownloadsTheExport() {
    tenantOfSix();
    String id = runToCompletion("{ customers { nodes { externalId } } }").getString("id");
    String stranger = TestServer.newTenantKey();
    assertNull(new GraphQLClient(stranger).ok(STATUS, new JsonObject().put("id", id)).getValue("bulkExport"));
    assertEquals(404, get("/exports/" + id, stranger, null).statusCode());
    assertEquals(401, get("/exports/" + id, null, null).statusCode());
    assertEquals(200, get("/exports/" + id, key, null).statusCode());
  }

  @Test
  void theSignedUrlDownloadsWithoutAKeyAndAForgedOneIsRefused() {
    tenantOfSix();
    JsonObject done = runToCompletion("{ customers { nodes { externalId } } }");
    String url = done.getString("url");
    assertTrue(url.startsWith("/exports/" + done.getString("id") + "?expires="), url);
    HttpResponse<String> signed = get(url, null, null);
    assertEquals(200, signed.statusCode());
    assertEquals("application/x-ndjson", signed.headers().firstValue("Content-Type").orElse(""));
    assertEquals(6, signed.body().split("\n").length);

    String forgedSignature = url.substring(0, url.length() - 2) + (url.endsWith("AA") ? "BB" : "AA");
    assertEquals(403, get(forgedSignature, null, null).statusCode());
    long expires = Long.parseLong(url.replaceAll(".*expires=(\\d+).*", "$1"));
    String longerLived = url.replace("expires=" + expires, "expires=" + (expires + 86_400));
    assertEquals(403, get(longerLived, null, null).statusCode());
  }

  @Test
  void aFieldTheApiRefusesFailsTheExportWithThatCodeAndLeavesNoFile() {
    tenantOfSix();
    String id = start("{ customers { nodes { externalId healthHistory(days: 0) { score } } } }").getString("id");
    JsonObject failed = poll(id);
    assertEquals("FAILED", failed.getString("status"));
    assertEquals("BAD_USER_INPUT", failed.getString("errorCode"));
    assertNull(failed.getValue("url"));
    assertEquals(404, get("/exports/" + id, key, null).statusCode());
    assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
        "customer-intel-test-exports", "bulk-export-" + exportId(id).value() + ".jsonl")));
  }

  @Test
  void pastItsRetentionTheFileIsRemovedAndTheUrlIsGoneButTheStatusStays() throws Exception {
    tenantOfSix();
    String id = runToCompletion("{ customers { nodes { externalId } } }").getString("id");
    String fileName = "bulk-export-" + exportId(id).value() + ".jsonl";
    java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "customer-intel-test-exports",
        fileName);
    assertTrue(java.nio.file.Files.exists(file));
    // seven days pass for this export only (the server's clock is pinned)
    ScratchDatabase.pool().preparedQuery("update bulk_export set expires_at = created_at - interval '1 second'"
        + " where id = $1").execute(Tuple.of(exportId(id).value())).await(10, TimeUnit.SECONDS);
    assertTrue(exports().expireFiles().toCompletableFuture().get(10, TimeUnit.SECONDS) >= 1);
    assertFalse(java.nio.file.Files.exists(file));
    JsonObject expired = api.ok(STATUS, new JsonObject().put("id", id)).getJsonObject("bulkExport");
    assertEquals("COMPLETED", expired.getString("status"));
    assertNull(expired.getValue("url"));
    assertEquals(404, get("/exports/" + id, key, null).statusCode());
  }

  @Test
  void queriesThatAreNotOneCustomersListingAreRefusedWithTheReason() {
    for (String query : List.of("{ customers(first: 10) { nodes { id } } }",
        "{ customers { pageInfo { hasNextPage } } }",
        "{ customers { totalCount nodes { id } } }",
        "{ customers { edges { cursor node { id } } } }",
        "{ healthModel { weights { name } } }",
        "mutation { upsertCustomers(input: []) { upserted } }",
        "query($f: CustomerFilter) { customers(filter: $f) { nodes { id } } }",
        "{ customers { nodes { noSuchField } } }",
        "{ customers { nodes { id } ",
        "")) {
      JsonObject payload = api.ok(START, new JsonObject().put("q", query)).getJsonObject("startBulkExport");
      assertNull(payload.getValue("bulkExport"), query);
      JsonObject error = payload.getJsonArray("userErrors").getJsonObject(0);
      assertEquals("INVALID_BULK_QUERY", error.getString("code"), query);
      assertFalse(error.getString("message").isBlank());
    }
  }

  /** Six customers C1..C6: four buyers (C1's name has a comma and C4 a defection), C5 and C6 prospects. */
  private void tenantOfSix() {
    api.ok(UPSERT, in(new JsonArray().add(customer("C1").put("name", "Smith, Ann")
        .put("attributes", new JsonObject().put("plan", "gold")))));
    customerWithPurchases(api, "C1", "19.90", "2026-01-10", "2026-03-01");
    customerWithPurchases(api, "C2", "120.00", "2025-02-01", "2025-09-01", "2026-05-20");
    customerWithPurchases(api, "C3", "5.50", "2026-06-01");
    customerWithPurchases(api, "C4", "42.00", "2024-06-01");
    api.ok(Fixtures.DEFECTION, in(Fixtures.defection("C4", "2024-12-01T00:00:00Z", "TOO_EXPENSIVE")));
    api.ok(UPSERT, in(new JsonArray().add(customer("C5")).add(customer("C6"))));
  }

  private String tierOf(String externalId) {
    return api.ok("{ customer(externalId: \"" + externalId + "\") { value { tier } } }").getJsonObject("customer")
        .getJsonObject("value").getString("tier");
  }

  private JsonObject start(String query) {
    JsonObject payload = api.ok(START, new JsonObject().put("q", query)).getJsonObject("startBulkExport");
    assertEquals(new JsonArray(), payload.getJsonArray("userErrors"), payload.encode());
    JsonObject export = payload.getJsonObject("bulkExport");
    assertNotNull(export.getString("createdAt"));
    return export;
  }

  private JsonObject runToCompletion(String query) {
    JsonObject done = poll(start(query).getString("id"));
    assertEquals("COMPLETED", done.getString("status"), done.encode());
    assertNull(done.getValue("errorCode"));
    assertNotNull(done.getString("completedAt"));
    return done;
  }

  private JsonObject poll(String id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      JsonObject export = api.ok(STATUS, new JsonObject().put("id", id)).getJsonObject("bulkExport");
      if (!List.of("CREATED", "RUNNING").contains(export.getString("status")) || System.nanoTime() > deadline) {
        return export;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private List<String> downloadLines(String id, String accept) {
    HttpResponse<String> response = get("/exports/" + id, key, accept);
    assertEquals(200, response.statusCode(), response.body());
    List<String> lines = new ArrayList<>(Arrays.asList(response.body().split("\n")));
    lines.removeIf(String::isEmpty);
    return lines;
  }

  private static HttpResponse<String> get(String pathAndQuery, String apiKey, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + pathAndQuery))
        .timeout(Duration.ofSeconds(30)).GET();
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("request failed", e);
    }
  }

  private static BulkExportId exportId(String globalId) {
    String raw = new String(java.util.Base64.getUrlDecoder().decode(globalId), java.nio.charset.StandardCharsets.UTF_8);
    return new BulkExportId(Long.parseLong(raw.substring(raw.indexOf(':') + 1)));
  }

  private static BulkExportService exports() {
    return TestServer.start().services().bulkExports();
  }
}

package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The save desk over HTTP as of 2026-06-15 noon: requests, attempts, the do-not-pressure rule and the stats. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class SaveDeskEndToEndTest {
  private static final String REQUEST_FIELDS = "id status requestedAt customer{externalId} reason{code category}"
      + " attempts{outcome offer notes at}";
  static final String REQUEST = "mutation($c:String!,$r:String!,$at:DateTime!){requestCancellation("
      + "customerExternalId:$c,reasonCode:$r,requestedAt:$at){cancellationRequest{" + REQUEST_FIELDS + "}"
      + " userErrors{field code message}}}";
  static final String ATTEMPT = "mutation($id:ID!,$o:SaveOutcome!,$offer:String,$notes:String){recordSaveAttempt("
      + "requestId:$id,outcome:$o,offer:$offer,notes:$notes){cancellationRequest{" + REQUEST_FIELDS + "}"
      + " userErrors{field code message}}}";
  static final String NODE = "query($id:ID!){node(id:$id){... on CancellationRequest{" + REQUEST_FIELDS + "}}}";
  static final String STATS = "query($from:Date!,$to:Date!){saveDeskStats(from:$from,to:$to){from to requests saved"
      + " lost notPursued open saveRate byReason{reason{code} requests saved lost notPursued open saveRate}"
      + " periods{from to requests saved lost notPursued open saveRate}}}";
  /** How DateTime renders the server's pinned now. */
  static final String NOW = "2026-06-15T12:00:00.000Z";

  private static GraphQLClient api;

  @BeforeAll
  static void customers() {
    api = new GraphQLClient(TestServer.newTenantKey());
    for (String id : List.of("stays", "broke", "leaves", "twice")) {
      customerWithPurchases(api, id, "40", "2026-01-10", "2026-03-10", "2026-05-10");
    }
  }

  static JsonObject request(GraphQLClient client, String customer, String reason, String at) {
    return client.ok(REQUEST, new JsonObject().put("c", customer).put("r", reason).put("at", at))
        .getJsonObject("requestCancellation");
  }

  static String opened(GraphQLClient client, String customer, String reason, String at) {
    JsonObject payload = request(client, customer, reason, at);
    assertEquals(new JsonArray(), payload.getJsonArray("userErrors"), payload.encode());
    return payload.getJsonObject("cancellationRequest").getString("id");
  }

  static JsonObject attempt(GraphQLClient client, String id, String outcome, String offer) {
    return client.ok(ATTEMPT, new JsonObject().put("id", id).put("o", outcome).put("offer", offer).put("notes", "n"))
        .getJsonObject("recordSaveAttempt");
  }

  static List<String> codes(JsonObject payload) {
    List<String> codes = new ArrayList<>();
    payload.getJsonArray("userErrors").forEach(e -> codes.add(((JsonObject) e).getString("code")));
    return codes;
  }

  @Test
  void aCustomerTheDeskTalksRoundIsSavedAndStays() {
    JsonObject open = request(api, "stays", "POOR_SERVICE", "2026-06-10T09:00:00Z").getJsonObject("cancellationRequest");
    assertEquals("OPEN", open.getString("status"));
    assertEquals("stays", open.getJsonObject("customer").getString("externalId"));
    assertEquals(new JsonArray(), open.getJsonArray("attempts"));

    JsonObject saved = attempt(api, open.getString("id"), "SAVED", "a month free").getJsonObject("cancellationRequest");
    assertEquals("SAVED", saved.getString("status"));
    assertEquals(new JsonObject().put("outcome", "SAVED").put("offer", "a month free").put("notes", "n").put("at", NOW),
        saved.getJsonArray("attempts").getJsonObject(0));
    JsonObject customer = api.ok("{customer(externalId:\"stays\"){lifecycleStage defection{id}}}")
        .getJsonObject("customer");
    assertNull(customer.getValue("defection"));
    assertEquals(saved, api.ok(NODE, new JsonObject().put("id", saved.getString("id"))).getJsonObject("node"));
  }

  @Test
  void aCustomerWhoCannotAffordItIsNotPressuredButMayBeLetGo() {
    String id = opened(api, "broke", "CANNOT_AFFORD", "2026-06-11T09:00:00Z");
    JsonObject refused = attempt(api, id, "SAVED", "20% off");
    assertEquals(List.of("DO_NOT_PRESSURE"), codes(refused));
    assertNull(refused.getValue("cancellationRequest"));
    String why = refused.getJsonArray("userErrors").getJsonObject(0).getString("message");
    assertTrue(why.contains("Cannot afford it") && why.contains("pressure"), why);
    assertEquals("OPEN", api.ok(NODE, new JsonObject().put("id", id)).getJsonObject("node").getString("status"));

    JsonObject letGo = attempt(api, id, "NOT_PURSUED", null);
    assertEquals(List.of(), codes(letGo));
    assertEquals("NOT_PURSUED", letGo.getJsonObject("cancellationRequest").getString("status"));
  }

  @Test
  void aLostRequestRecordsTheDefectionSoTheCustomerIsLost() {
    String id = opened(api, "leaves", "SWITCHED_TO_COMPETITOR", "2026-06-12T09:00:00Z");
    assertEquals("LOST", attempt(api, id, "LOST", null).getJsonObject("cancellationRequest").getString("status"));
    JsonObject customer = api.ok("{customer(externalId:\"leaves\"){lifecycleStage defection{occurredAt reason{code}}}}")
        .getJsonObject("customer");
    assertEquals("LOST", customer.getString("lifecycleStage"));
    assertEquals(new JsonObject().put("occurredAt", NOW).put("reason", new JsonObject().put("code",
        "SWITCHED_TO_COMPETITOR")), customer.getJsonObject("defection"));
  }

  @Test
  void retriesReturnTheStoredRequestAndADifferentSecondAttemptIsRefused() {
    String id = opened(api, "twice", "OTHER", "2026-06-13T09:00:00Z");
    assertEquals(id, opened(api, "twice", "OTHER", "2026-06-13T09:00:00Z"));
    JsonObject first = attempt(api, id, "LOST", "nothing");
    assertEquals(first, attempt(api, id, "LOST", "nothing"));
    JsonObject other = attempt(api, id, "SAVED", "nothing");
    assertEquals(List.of("ALREADY_CLOSED"), codes(other));
    assertNull(other.getValue("cancellationRequest"));
  }

  @Test
  void unknownCustomersReasonsAndFutureTimesAreRefused() {
    assertEquals(List.of("UNKNOWN_CUSTOMER", "UNKNOWN_REASON"),
        codes(request(api, "nobody", "NO_SUCH_REASON", "2026-06-10T09:00:00Z")));
    assertEquals(List.of("IN_FUTURE"), codes(request(api, "stays", "OTHER", "2026-06-17T12:00:00Z")));
    String customerId = api.ok("{customer(externalId:\"stays\"){id}}").getJsonObject("customer").getString("id");
    assertEquals(List.of("NOT_FOUND"), codes(attempt(api, customerId, "LOST", null)));
    assertEquals("INVALID_ID", api.query(ATTEMPT, new JsonObject().put("id", "nonsense").put("o", "LOST"))
        .firstErrorCode());
  }

  @Test
  void anotherTenantCannotSeeOrCloseTheRequest() {
    String id = opened(api, "stays", "OTHER", "2026-06-14T09:00:00Z");
    GraphQLClient other = new GraphQLClient(TestServer.newTenantKey());
    assertNull(other.ok(NODE, new JsonObject().put("id", id)).getValue("node"));
    assertEquals(List.of("NOT_FOUND"), codes(attempt(other, id, "LOST", null)));
    assertEquals("OPEN", api.ok(NODE, new JsonObject().put("id", id)).getJsonObject("node").getString("status"));
  }

  @Test
  void aReadOnlyKeyCannotRecord() {
    GraphQLClient reader = ApiKeysEndToEndTest.client(ApiKeysEndToEndTest.create(api, "save desk board", "READ"));
    ApiKeysEndToEndTest.assertForbidden(reader.query(REQUEST, new JsonObject().put("c", "stays").put("r", "OTHER")
        .put("at", "2026-06-10T09:00:00Z")), "requestCancellation");
  }

  @Test
  void statsGiveTheSaveRateByReasonAndMonth() {
    GraphQLClient desk = new GraphQLClient(TestServer.newTenantKey());
    JsonArray customers = new JsonArray();
    for (int i = 0; i < 27; i++) {
      customers.add(customer("c" + i));
    }
    desk.ok(UPSERT, in(customers));
    for (int i = 0; i < 25; i++) {
      String id = opened(desk, "c" + i, "POOR_SERVICE", "2026-05-" + String.format("%02d", i + 1) + "T09:00:00Z");
      assertEquals(List.of(), codes(attempt(desk, id, i < 9 ? "SAVED" : "LOST", null)));
    }
    attempt(desk, opened(desk, "c25", "CANNOT_AFFORD", "2026-06-01T09:00:00Z"), "NOT_PURSUED", null);
    opened(desk, "c26", "CANNOT_AFFORD", "2026-06-02T09:00:00Z");

    JsonObject stats = desk.ok(STATS, new JsonObject().put("from", "2026-05-01").put("to", "2026-06-30"))
        .getJsonObject("saveDeskStats");
    assertEquals(counts(27, 9, 16, 1, 1, 0.36), counts(stats));
    JsonArray byReason = stats.getJsonArray("byReason");
    assertEquals("POOR_SERVICE", byReason.getJsonObject(0).getJsonObject("reason").getString("code"));
    assertEquals(counts(25, 9, 16, 0, 0, 0.36), counts(byReason.getJsonObject(0)));
    assertEquals(counts(2, 0, 0, 1, 1, null), counts(byReason.getJsonObject(1)));
    JsonArray periods = stats.getJsonArray("periods");
    assertEquals(List.of("2026-05-01", "2026-06-01"),
        List.of(periods.getJsonObject(0).getString("from"), periods.getJsonObject(1).getString("from")));
    assertEquals(counts(25, 9, 16, 0, 0, 0.36), counts(periods.getJsonObject(0)));
    assertEquals(counts(2, 0, 0, 1, 1, null), counts(periods.getJsonObject(1)));
    assertEquals("INVALID_DATE_RANGE", desk.query(STATS, new JsonObject().put("from", "2026-06-30")
        .put("to", "2026-05-01")).firstErrorCode());
  }

  static List<Object> counts(int requests, int saved, int lost, int notPursued, int open, Double saveRate) {
    return Arrays.asList(requests, saved, lost, notPursued, open, saveRate);
  }

  static List<Object> counts(JsonObject stats) {
    return Arrays.asList(stats.getInteger("requests"), stats.getInteger("saved"), stats.getInteger("lost"),
        stats.getInteger("notPursued"), stats.getInteger("open"), stats.getDouble("saveRate"));
  }
}

package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.DEFECTION;
import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.defection;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The win-back lists over HTTP, as of 2026-06-15 (TestServer's clock). */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class WinBackEndToEndTest {
  private static final String LIST = "query($kind:WinBackKind!,$n:Int,$after:String){winBackCandidates(kind:$kind,"
      + "first:$n,after:$after){totalCount pageInfo{hasNextPage endCursor} edges{cursor node{kind reason"
      + " value{amount currency} customer{externalId}}}}}";
  private static GraphQLClient api;

  @BeforeAll
  static void customersOfEveryKind() {
    api = new GraphQLClient(TestServer.newTenantKey());
    // inactive: last purchase 2025-05-11, 400 days before 2026-06-15
    customerWithPurchases(api, "inactive-big", "300", "2025-05-11");
    customerWithPurchases(api, "inactive-small", "20", "2025-05-11");
    customerWithPurchases(api, "inactive-tie-b", "50", "2025-05-11");
    customerWithPurchases(api, "inactive-tie-a", "50", "2025-05-11");
    customerWithPurchases(api, "active", "999", "2026-06-01");
    customerWithPurchases(api, "lost-avoidable", "80", "2026-01-10");
    api.ok(DEFECTION, in(defection("lost-avoidable", "2026-03-01T10:00:00Z", "STAFF_INDIFFERENCE")));
    customerWithPurchases(api, "lost-moved", "500", "2026-01-10");
    api.ok(DEFECTION, in(defection("lost-moved", "2026-03-01T10:00:00Z", "MOVED_OR_CLOSED")));
    api.ok(UPSERT, in(new JsonArray().add(new JsonObject().put("externalId", "prospect")
        .put("firstSeenAt", "2026-01-10T09:00:00Z"))));
  }

  @Test
  void inactiveCustomersComeMostValuableFirstWithTiesByExternalId() {
    JsonObject list = list("INACTIVE", 20, null);
    assertEquals(4, list.getInteger("totalCount"));
    assertEquals(List.of("inactive-big", "inactive-tie-a", "inactive-tie-b", "inactive-small"), externalIds(list));
    JsonObject first = list.getJsonArray("edges").getJsonObject(0).getJsonObject("node");
    assertEquals("INACTIVE", first.getString("kind"));
    assertEquals("no purchase for 400 days (inactive after 182)", first.getString("reason"));
    Fixtures.assertAmount("300", first.getJsonObject("value"));
  }

  @Test
  void pagesContinueWhereTheCursorLeftOffWithoutOverlap() {
    List<String> seen = new ArrayList<>();
    String after = null;
    boolean more = true;
    while (more) {
      JsonObject page = list("INACTIVE", 1, after);
      seen.addAll(externalIds(page));
      more = page.getJsonObject("pageInfo").getBoolean("hasNextPage");
      after = page.getJsonObject("pageInfo").getString("endCursor");
    }
    assertEquals(List.of("inactive-big", "inactive-tie-a", "inactive-tie-b", "inactive-small"), seen);
  }

  @Test
  void lostCustomersWhoLeftForAnUnavoidableReasonAreLeftOut() {
    JsonObject list = list("LOST", 20, null);
    assertEquals(1, list.getInteger("totalCount"));
    assertEquals(List.of("lost-avoidable"), externalIds(list));
    assertEquals("left for STAFF_INDIFFERENCE (avoidable) on 2026-03-01",
        list.getJsonArray("edges").getJsonObject(0).getJsonObject("node").getString("reason"));
  }

  @Test
  void prospectsWhoNeverBoughtAreListedSinceTheyWereFirstSeen() {
    JsonObject list = list("UNCONVERTED_PROSPECT", 20, null);
    assertEquals(List.of("prospect"), externalIds(list));
    JsonObject node = list.getJsonArray("edges").getJsonObject(0).getJsonObject("node");
    assertEquals("first seen 2026-01-10, never bought", node.getString("reason"));
    Fixtures.assertAmount("0", node.getJsonObject("value"));
  }

  @Test
  void aCursorOfAnotherKindIsRefused() {
    String cursor = list("INACTIVE", 1, null).getJsonObject("pageInfo").getString("endCursor");
    GraphQLClient.Response response = api.query(LIST, new JsonObject().put("kind", "LOST").put("after", cursor));
    assertEquals("INVALID_CURSOR", response.firstErrorCode());
  }

  @Test
  void anotherTenantSeesNoneOfTheCandidates() {
    GraphQLClient other = new GraphQLClient(TestServer.newTenantKey());
    JsonObject list = other.ok(LIST, new JsonObject().put("kind", "INACTIVE"))
        .getJsonObject("winBackCandidates");
    assertEquals(0, list.getInteger("totalCount"));
    assertTrue(list.getJsonArray("edges").isEmpty());
    assertFalse(list.getJsonObject("pageInfo").getBoolean("hasNextPage"));
  }

  private static JsonObject list(String kind, int first, String after) {
    JsonObject variables = new JsonObject().put("kind", kind).put("n", first);
    if (after != null) {
      variables.put("after", after);
    }
    return api.ok(LIST, variables).getJsonObject("winBackCandidates");
  }

  private static List<String> externalIds(JsonObject list) {
    List<String> ids = new ArrayList<>();
    for (Object edge : list.getJsonArray("edges")) {
      ids.add(((JsonObject) edge).getJsonObject("node").getJsonObject("customer").getString("externalId"));
    }
    return ids;
  }
}

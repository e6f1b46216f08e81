package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.DEFECTION;
import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.defection;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stage, tenure, value, defection and the conversation guide, read back over HTTP as of 2026-06-15. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class CustomerViewsEndToEndTest {
  private static GraphQLClient api;

  @BeforeAll
  static void customersInEveryStage() {
    api = new GraphQLClient(TestServer.newTenantKey());
    api.ok(UPSERT, in(new JsonArray().add(customer("prospect").put("firstSeenAt", "2026-02-01T09:00:00Z"))));
    customerWithPurchases(api, "new", "30", "2026-05-01");
    customerWithPurchases(api, "active", "40", "2026-01-10", "2026-05-01");
    customerWithPurchases(api, "loyal", "50", "2025-01-10", "2025-05-01", "2025-09-01", "2026-02-01", "2026-05-20");
    customerWithPurchases(api, "inactive", "20", "2025-06-01", "2025-07-01");
    customerWithPurchases(api, "lost", "60", "2026-01-05");
    api.ok(DEFECTION, in(defection("lost", "2026-03-01T10:00:00Z", "TOO_EXPENSIVE").put("lostAnnualValue", "240")));
    customerWithPurchases(api, "wonback", "10", "2025-06-01", "2026-05-01");
    api.ok(DEFECTION, in(defection("wonback", "2025-08-01T10:00:00Z", "POOR_SERVICE")));
  }

  @Test
  void everyCustomerIsInTheStageTheRulesGiveAsOfNow() {
    for (String stage : List.of("prospect", "new", "active", "loyal", "inactive", "lost", "wonback")) {
      JsonObject customer = api.ok("{customer(externalId:\"" + stage + "\"){lifecycleStage}}").getJsonObject("customer");
      assertEquals(expectedStage(stage), customer.getString("lifecycleStage"), stage);
    }
  }

  @Test
  void filteringByStageFindsExactlyThoseCustomers() {
    assertEquals(Set.of("inactive"), externalIds("{lifecycleStages:[INACTIVE]}"));
    assertEquals(Set.of("new", "active"), externalIds("{lifecycleStages:[NEW, ACTIVE]}"));
    assertEquals(Set.of("wonback"), externalIds("{lifecycleStages:[WON_BACK]}"));
    assertEquals(Set.of("prospect"), externalIds("{lifecycleStages:[PROSPECT]}"));
    assertEquals(Set.of(), externalIds("{lifecycleStages:[AT_RISK]}"));
  }

  @Test
  void conversationGroupsSelectTheirStageAndCarryTheirQuestion() {
    assertEquals(Set.of("new"), externalIds("{conversationGroup:FIRST_TIME_BUYER}"));
    assertEquals(Set.of("loyal"), externalIds("{conversationGroup:LOYAL}"));
    assertEquals(Set.of("lost"), externalIds("{conversationGroup:LOST}"));
    JsonObject guide = api.ok("{customer(externalId:\"loyal\"){conversationGuide{group question}}}")
        .getJsonObject("customer").getJsonObject("conversationGuide");
    assertEquals("LOYAL", guide.getString("group"));
    assertEquals("What is it about us that keeps you coming back?", guide.getString("question"));
    assertNull(api.ok("{customer(externalId:\"active\"){conversationGuide{group}}}").getJsonObject("customer")
        .getValue("conversationGuide"));
  }

  @Test
  void tenureCountsDaysFromTheFirstPurchaseIntoItsBand() {
    JsonObject loyal = api.ok("{customer(externalId:\"loyal\"){tenure{days band} firstPurchaseAt firstSeenAt}}")
        .getJsonObject("customer");
    assertEquals(521, loyal.getJsonObject("tenure").getInteger("days"));
    assertEquals("ONE_TO_3_YEARS", loyal.getJsonObject("tenure").getString("band"));
    assertTrue(loyal.getString("firstSeenAt").startsWith("2025-01-10T12:00:00"), loyal.encode());
    JsonObject prospect = api.ok("{customer(externalId:\"prospect\"){tenure{days band} firstPurchaseAt firstSeenAt}}")
        .getJsonObject("customer");
    assertEquals(0, prospect.getJsonObject("tenure").getInteger("days"));
    assertEquals("NONE", prospect.getJsonObject("tenure").getString("band"));
    assertNull(prospect.getValue("firstPurchaseAt"));
    assertTrue(prospect.getString("firstSeenAt").startsWith("2026-02-01T09:00:00"), prospect.encode());
    assertEquals(Set.of("new"), externalIds("{tenureBands:[FIRST_90_DAYS]}"));
    assertEquals(Set.of("prospect"), externalIds("{tenureBands:[NONE]}"));
  }

  @Test
  void theValueTierRanksLifetimeRevenueAmongPayingCustomers() {
    // revenues: loyal 250, active 80, lost 60, inactive 40, new 30, wonback 20 -> n = 6
    JsonObject loyal = api.ok("{customer(externalId:\"loyal\"){value{tier purchaseCount lifetimeRevenue{amount} averageOrderValue{amount}}}}")
        .getJsonObject("customer").getJsonObject("value");
    assertEquals("HIGH", loyal.getString("tier"));
    assertEquals(5, loyal.getInteger("purchaseCount"));
    Fixtures.assertAmount("250.00", loyal.getJsonObject("lifetimeRevenue"));
    Fixtures.assertAmount("50.00", loyal.getJsonObject("averageOrderValue"));
    assertEquals(Set.of("active", "lost"), externalIds("{valueTiers:[MEDIUM]}"));
    assertEquals(Set.of("inactive", "new", "wonback"), externalIds("{valueTiers:[LOW]}"));
    assertEquals(Set.of("prospect"), externalIds("{valueTiers:[NONE]}"));
    JsonObject none = api.ok("{customer(externalId:\"prospect\"){value{tier averageOrderValue{amount}}}}")
        .getJsonObject("customer").getJsonObject("value");
    assertEquals("NONE", none.getString("tier"));
    assertNull(none.getValue("averageOrderValue"));
  }

  @Test
  void aLostCustomerShowsTheirLatestDefection() {
    JsonObject defection = api.ok("{customer(externalId:\"lost\"){defection{id occurredAt reason{code label category avoidable}"
        + " lostAnnualValue{amount currency} customer{externalId}}}}").getJsonObject("customer").getJsonObject("defection");
    assertEquals("TOO_EXPENSIVE", defection.getJsonObject("reason").getString("code"));
    assertEquals("lost", defection.getJsonObject("customer").getString("externalId"));
    Fixtures.assertAmount("240.00", defection.getJsonObject("lostAnnualValue"));
    JsonObject byNode = api.ok("{node(id:\"" + defection.getString("id") + "\"){... on Defection{reason{code}}}}")
        .getJsonObject("node");
    assertEquals("TOO_EXPENSIVE", byNode.getJsonObject("reason").getString("code"));
  }

  @Test
  void everyNodeTypeIsFoundByItsGlobalId() {
    JsonObject customer = api.ok("{customer(externalId:\"active\"){id purchases(first:1){nodes{id externalId}}}}")
        .getJsonObject("customer");
    JsonObject node = api.ok("{node(id:\"" + customer.getString("id") + "\"){id ... on Customer{externalId}}}")
        .getJsonObject("node");
    assertEquals("active", node.getString("externalId"));
    String purchaseId = customer.getJsonObject("purchases").getJsonArray("nodes").getJsonObject(0).getString("id");
    JsonObject purchase = api.ok("{node(id:\"" + purchaseId + "\"){... on Purchase{externalId amount{amount}}}}")
        .getJsonObject("node");
    assertEquals("active-p1", purchase.getString("externalId"), "newest purchase first");
    assertEquals("INVALID_ID", api.query("{node(id:\"not-an-id\"){id}}").firstErrorCode());
  }

  @Test
  void pagingByEveryOrderVisitsEachCustomerOnceAndCursorsSurviveNewData() {
    for (String field : List.of("LIFETIME_REVENUE", "TENURE", "LAST_PURCHASE_AT", "EXTERNAL_ID")) {
      for (String direction : List.of("ASC", "DESC")) {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
          String query = "query($after:String){customers(first:3,after:$after,orderBy:{field:" + field + ",direction:"
              + direction + "}){totalCount edges{cursor node{externalId}} pageInfo{hasNextPage endCursor}}}";
          JsonObject page = api.ok(query, new JsonObject().put("after", after)).getJsonObject("customers");
          assertEquals(7, page.getInteger("totalCount"));
          page.getJsonArray("edges").forEach(e -> seen.add(((JsonObject) e).getJsonObject("node").getString("externalId")));
          after = page.getJsonObject("pageInfo").getBoolean("hasNextPage")
              ? page.getJsonObject("pageInfo").getString("endCursor") : null;
        } while (after != null);
        assertEquals(7, seen.size(), field + " " + direction + ": " + seen);
        assertEquals(7, new HashSet<>(seen).size(), field + " " + direction + ": " + seen);
      }
    }
    JsonObject revenueDesc = api.ok("{customers(first:2,orderBy:{field:LIFETIME_REVENUE,direction:DESC}){nodes{externalId}}}")
        .getJsonObject("customers");
    assertEquals("loyal", revenueDesc.getJsonArray("nodes").getJsonObject(0).getString("externalId"));
  }

  @Test
  void aCursorFromAnotherOrderOrGarbageIsRefused() {
    String cursor = api.ok("{customers(first:1){pageInfo{endCursor}}}").getJsonObject("customers")
        .getJsonObject("pageInfo").getString("endCursor");
    assertEquals("INVALID_CURSOR", api.query("{customers(first:1,after:\"" + cursor
        + "\",orderBy:{field:TENURE,direction:ASC}){nodes{id}}}").firstErrorCode());
    assertEquals("INVALID_CURSOR", api.query("{customers(first:1,after:\"garbage\"){nodes{id}}}").firstErrorCode());
    assertEquals("BAD_USER_INPUT", api.query("{customers(first:101){nodes{id}}}").firstErrorCode());
    assertEquals("BAD_USER_INPUT", api.query("{customers(first:0){nodes{id}}}").firstErrorCode());
  }

  @Test
  void anUnknownCustomerIsNull() {
    JsonObject data = api.ok("{customer(externalId:\"nobody\"){id}}");
    assertTrue(data.containsKey("customer"));
    assertNull(data.getValue("customer"));
    assertNotNull(api.ok("{defectionReasons{code label category avoidable}}").getJsonArray("defectionReasons"));
    assertFalse(api.ok("{defectionReasons{code}}").getJsonArray("defectionReasons").isEmpty());
  }

  private static String expectedStage(String name) {
    return name.equals("wonback") ? "WON_BACK" : name.toUpperCase(java.util.Locale.ROOT);
  }

  private static Set<String> externalIds(String filter) {
    JsonArray nodes = api.ok("{customers(first:100,filter:" + filter + "){totalCount nodes{externalId}}}")
        .getJsonObject("customers").getJsonArray("nodes");
    Set<String> ids = new HashSet<>();
    nodes.forEach(node -> ids.add(((JsonObject) node).getString("externalId")));
    return ids;
  }
}

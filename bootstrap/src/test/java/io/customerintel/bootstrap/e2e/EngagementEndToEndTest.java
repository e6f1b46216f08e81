package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.SURVEYS;
import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Open follow-ups and survey engagement over HTTP, as of 2026-06-15 12:00 UTC. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class EngagementEndToEndTest {
  static final String FIGURES = "start end invitations responses responseRate responseRateTrend nps shareSatisfied"
      + " shareWouldBuyAgain";
  static final String OPEN = "query($overdueOnly:Boolean,$first:Int,$after:String){openFollowUps("
      + "overdueOnly:$overdueOnly,first:$first,after:$after){totalCount pageInfo{hasNextPage endCursor}"
      + " nodes{customer{externalId} surveyResponse{surveyId wantsContact} requestedAt dueAt overdue comment}}}";
  static final String CUSTOMER = "query($id:String!){customer(externalId:$id){openFollowUps{dueAt overdue"
      + " surveyResponse{surveyId}}}}";
  static final String CUSTOMERS = "{customers(first:10){nodes{externalId openFollowUps{surveyResponse{surveyId}}}}}";
  static final String ENGAGEMENT = "query($from:Date!,$to:Date!,$interval:Interval!){surveyEngagement(from:$from,"
      + "to:$to,interval:$interval){total{" + FIGURES + "} periods{" + FIGURES + "}}}";
  static final String FOLLOW_UP = "mutation($in:FollowUpInput!){recordFollowUp(input:$in){userErrors{code}}}";

  private GraphQLClient api;

  @BeforeEach
  void aTenantWithTwoCustomers() {
    api = new GraphQLClient(TestServer.newTenantKey());
    api.ok(UPSERT, in(new JsonArray().add(customer("ann")).add(customer("bob"))));
  }

  private void answer(String customer, String survey, String respondedAt, boolean wantsContact) {
    api.ok(SURVEYS, in(new JsonArray().add(new JsonObject().put("customerExternalId", customer).put("surveyId", survey)
        .put("sentAt", "2026-06-01T09:00:00Z").put("respondedAt", respondedAt).put("wantsContact", wantsContact)
        .put("comment", "please call " + customer))));
  }

  private JsonObject open(Boolean overdueOnly, Integer first, String after) {
    JsonObject variables = new JsonObject().put("overdueOnly", overdueOnly).put("first", first).put("after", after);
    return api.ok(OPEN, variables).getJsonObject("openFollowUps");
  }

  @Test
  void aContactRequestIsOpenUntilFollowedUpAndDueTwoDaysAfterTheAnswer() {
    answer("ann", "nps-1", "2026-06-12T10:00:00Z", true);
    answer("bob", "nps-1", "2026-06-14T10:00:00Z", true);
    answer("bob", "nps-0", "2026-06-02T10:00:00Z", false);

    JsonObject all = open(null, null, null);
    assertEquals(2, all.getInteger("totalCount"));
    JsonObject first = all.getJsonArray("nodes").getJsonObject(0);
    assertEquals("ann", first.getJsonObject("customer").getString("externalId"));
    assertEquals("2026-06-12T10:00:00Z", first.getString("requestedAt").replace(".000", ""));
    assertEquals("2026-06-14T10:00:00Z", first.getString("dueAt").replace(".000", ""));
    assertTrue(first.getBoolean("overdue"));
    assertEquals("please call ann", first.getString("comment"));
    assertEquals("nps-1", first.getJsonObject("surveyResponse").getString("surveyId"));
    assertFalse(all.getJsonArray("nodes").getJsonObject(1).getBoolean("overdue"), "bob is due on 16 June");

    JsonObject overdue = open(true, null, null);
    assertEquals(1, overdue.getInteger("totalCount"));
    assertEquals("ann", overdue.getJsonArray("nodes").getJsonObject(0).getJsonObject("customer")
        .getString("externalId"));

    assertEquals(0, api.ok(FOLLOW_UP, in(new JsonObject().put("customerExternalId", "ann")
        .put("at", "2026-06-15T11:00:00Z").put("by", "Bea"))).getJsonObject("recordFollowUp")
        .getJsonArray("userErrors").size());
    JsonObject after = open(null, null, null);
    assertEquals(1, after.getInteger("totalCount"), "a late follow-up closes the request too");
    assertEquals("bob", after.getJsonArray("nodes").getJsonObject(0).getJsonObject("customer")
        .getString("externalId"));
  }

  @Test
  void customerViewsShowTheirOwnOpenFollowUps() {
    answer("ann", "nps-1", "2026-06-14T10:00:00Z", true);

    JsonArray ann = api.ok(CUSTOMER, new JsonObject().put("id", "ann")).getJsonObject("customer")
        .getJsonArray("openFollowUps");
    assertEquals(1, ann.size());
    assertEquals("2026-06-16T10:00:00Z", ann.getJsonObject(0).getString("dueAt").replace(".000", ""));
    assertFalse(ann.getJsonObject(0).getBoolean("overdue"));

    JsonArray page = api.ok(CUSTOMERS).getJsonObject("customers").getJsonArray("nodes");
    assertEquals(1, page.getJsonObject(0).getJsonArray("openFollowUps").size());
    assertEquals(0, page.getJsonObject(1).getJsonArray("openFollowUps").size());
  }

  @Test
  void pagesWalkEveryOpenFollowUpOnceInDueOrder() {
    for (int i = 0; i < 5; i++) {
      answer(i % 2 == 0 ? "ann" : "bob", "s-" + i, "2026-06-1" + i + "T10:00:00Z", true);
    }
    List<String> walked = new ArrayList<>();
    String after = null;
    while (true) {
      JsonObject page = open(null, 2, after);
      assertEquals(5, page.getInteger("totalCount"));
      page.getJsonArray("nodes").forEach(node -> walked.add(((JsonObject) node).getString("dueAt")));
      if (!page.getJsonObject("pageInfo").getBoolean("hasNextPage")) {
        break;
      }
      after = page.getJsonObject("pageInfo").getString("endCursor");
    }
    assertEquals(5, walked.size());
    assertEquals(walked.stream().sorted().toList(), walked);
  }

  @Test
  void badPagingIsRefusedWithAStableCode() {
    assertEquals("BAD_USER_INPUT", api.query(OPEN, new JsonObject().put("first", 101)).firstErrorCode());
    assertEquals("INVALID_CURSOR", api.query(OPEN, new JsonObject().put("after", "bm9wZQ")).firstErrorCode());
  }

  @Test
  void anotherTenantSeesNoneOfThem() {
    answer("ann", "nps-1", "2026-06-12T10:00:00Z", true);
    GraphQLClient other = new GraphQLClient(TestServer.newTenantKey());

    assertEquals(0, other.ok(OPEN, new JsonObject()).getJsonObject("openFollowUps").getInteger("totalCount"));
  }

  private void invite(String survey, String sentAt, Integer score, Boolean satisfied, Boolean again) {
    JsonObject item = new JsonObject().put("customerExternalId", "ann").put("surveyId", survey).put("sentAt", sentAt);
    if (score != null || satisfied != null || again != null) {
      item.put("respondedAt", sentAt.replace("T09", "T10")).put("likelihoodToRecommend", score)
          .put("satisfied", satisfied).put("wouldPurchaseAgain", again);
    }
    api.ok(SURVEYS, in(new JsonArray().add(item)));
  }

  private static JsonObject range(String from, String to, String interval) {
    return new JsonObject().put("from", from).put("to", to).put("interval", interval);
  }

  @Test
  void engagementCountsEachMonthsInvitationsAndWarnsOfAFallingResponseRate() {
    invite("m1", "2026-05-04T09:00:00Z", 10, true, true);
    invite("m2", "2026-05-05T09:00:00Z", 9, true, false);
    invite("m3", "2026-05-06T09:00:00Z", 2, false, null);
    invite("m4", "2026-05-07T09:00:00Z", null, null, null);
    invite("j1", "2026-06-01T09:00:00Z", 7, true, null);
    invite("j2", "2026-06-02T09:00:00Z", null, null, null);

    JsonObject engagement = api.ok(ENGAGEMENT, range("2026-05-01", "2026-06-15", "MONTH"))
        .getJsonObject("surveyEngagement");

    JsonArray periods = engagement.getJsonArray("periods");
    JsonObject may = periods.getJsonObject(0);
    assertEquals("2026-05-01", may.getString("start"));
    assertEquals(4, may.getInteger("invitations"));
    assertEquals(3, may.getInteger("responses"));
    assertEquals(0.75, may.getDouble("responseRate"));
    assertEquals(100.0 / 3, may.getDouble("nps"), 1e-9, "two promoters, one detractor of three answers");
    assertEquals(2.0 / 3, may.getDouble("shareSatisfied"), 1e-9);
    assertEquals(0.5, may.getDouble("shareWouldBuyAgain"));
    assertEquals(null, may.getValue("responseRateTrend"));
    JsonObject june = periods.getJsonObject(1);
    assertEquals("2026-06-15", june.getString("end"));
    assertEquals(0.5, june.getDouble("responseRate"));
    assertEquals("DOWN", june.getString("responseRateTrend"));
    assertEquals(0.0, june.getDouble("nps"));
    assertEquals(null, june.getValue("shareWouldBuyAgain"));
    JsonObject total = engagement.getJsonObject("total");
    assertEquals(6, total.getInteger("invitations"));
    assertEquals(4, total.getInteger("responses"));
    assertEquals(null, total.getValue("responseRateTrend"));

    invite("j3", "2026-06-03T09:00:00Z", 10, null, null);
    JsonObject later = api.ok(ENGAGEMENT, range("2026-05-01", "2026-06-15", "MONTH"))
        .getJsonObject("surveyEngagement").getJsonArray("periods").getJsonObject(1);
    assertEquals(3, later.getInteger("invitations"), "a survey write is seen at once, not a cached answer");
  }

  @Test
  void engagementRangesAreCheckedLikeEveryReport() {
    assertEquals("INVALID_DATE_RANGE", api.query(ENGAGEMENT, range("2026-06-15", "2026-06-01", "MONTH"))
        .firstErrorCode());
    assertEquals("RANGE_TOO_LARGE", api.query(ENGAGEMENT, range("2000-01-01", "2026-06-15", "DAY")).firstErrorCode());
  }

  @Test
  void engagementCountsOnlyTheTenantsOwnInvitations() {
    invite("m1", "2026-05-04T09:00:00Z", 10, true, true);
    GraphQLClient other = new GraphQLClient(TestServer.newTenantKey());

    JsonObject total = other.ok(ENGAGEMENT, range("2026-05-01", "2026-06-15", "MONTH"))
        .getJsonObject("surveyEngagement").getJsonObject("total");
    assertEquals(0, total.getInteger("invitations"));
    assertEquals(null, total.getValue("responseRate"));
  }
}

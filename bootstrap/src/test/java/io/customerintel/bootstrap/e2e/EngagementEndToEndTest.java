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
  static final String OPEN = "query($overdueOnly:Boolean,$first:Int,$after:String){openFollowUps("
      + "overdueOnly:$overdueOnly,first:$first,after:$after){totalCount pageInfo{hasNextPage endCursor}"
      + " nodes{customer{externalId} surveyResponse{surveyId wantsContact} requestedAt dueAt overdue comment}}}";
  static final String CUSTOMER = "query($id:String!){customer(externalId:$id){openFollowUps{dueAt overdue"
      + " surveyResponse{surveyId}}}}";
  static final String CUSTOMERS = "{customers(first:10){nodes{externalId openFollowUps{surveyResponse{surveyId}}}}}";
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
}

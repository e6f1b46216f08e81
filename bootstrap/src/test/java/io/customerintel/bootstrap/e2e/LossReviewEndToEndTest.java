package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.DEFECTION;
import static io.customerintel.bootstrap.e2e.Fixtures.assertAmount;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.defection;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The monthly customer-loss review over HTTP as of 2026-06-15 noon (docs/loss-review.md). */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class LossReviewEndToEndTest {
  private static final String REVIEW_FIELDS = "month startedAt defectionCount lostAnnualValue{amount currency}"
      + " defections{defection{id customer{externalId} occurredAt reason{code}} value{amount} valueEstimated}"
      + " reasons{reason{code} defections lostAnnualValue{amount}} calls{id executive status}";
  static final String START = "mutation($m:String!){startLossReview(month:$m){lossReview{" + REVIEW_FIELDS + "}"
      + " userErrors{field code message}}}";
  static final String REVIEW = "query($m:String!){lossReview(month:$m){" + REVIEW_FIELDS + "}}";
  static final String NOW = "2026-06-15T12:00:00.000Z";
  private static final String CALL_FIELDS = "id month executive customer{externalId} defection{reason{code}"
      + " originalReason{code}} status outcome{reached confirmedReason{code} wouldConsiderReturning notes recordedAt}";
  static final String ASSIGN = "mutation($m:String!,$e:[String!]!,$n:Int){assignLossReviewCalls(month:$m,"
      + "executives:$e,callsPerExecutive:$n){calls{" + CALL_FIELDS + "} userErrors{index field code message}}}";
  static final String OUTCOME = "mutation($id:ID!,$r:Boolean!,$c:String,$w:Boolean,$n:String){recordCallOutcome("
      + "callId:$id,reached:$r,confirmedReasonCode:$c,wouldConsiderReturning:$w,notes:$n){call{" + CALL_FIELDS + "}"
      + " userErrors{field code message}}}";
  private static final String ISSUE_FIELDS = "id month title reasons{code} priority owner status resolvedMonth"
      + " history{at status note}";
  static final String RAISE = "mutation($m:String!,$t:String!,$r:[String!]!,$p:ReviewIssuePriority!,$o:String!){"
      + "raiseReviewIssue(month:$m,title:$t,reasonCodes:$r,priority:$p,owner:$o){issue{" + ISSUE_FIELDS + "}"
      + " userErrors{index field code message}}}";
  static final String UPDATE = "mutation($id:ID!,$s:ReviewIssueStatus!,$n:String){updateReviewIssue(id:$id,"
      + "status:$s,progressNote:$n){issue{" + ISSUE_FIELDS + "} userErrors{field code message}}}";
  static final String ISSUES = "query($m:String!){lossReview(month:$m){issues{title status}}}";
  static final String CALL_NODE = "query($id:ID!){node(id:$id){... on LossReviewCall{" + CALL_FIELDS + "}}}";

  static void left(GraphQLClient api, String customer, String at, String reason, String value) {
    JsonObject input = defection(customer, at, reason);
    if (value != null) {
      input.put("lostAnnualValue", value);
    }
    JsonObject payload = api.ok(DEFECTION, in(input)).getJsonObject("recordDefection");
    assertEquals(new JsonArray(), payload.getJsonArray("userErrors"), payload.encode());
  }

  static JsonObject start(GraphQLClient api, String month) {
    return api.ok(START, new JsonObject().put("m", month)).getJsonObject("startLossReview");
  }

  static JsonObject started(GraphQLClient api, String month) {
    JsonObject payload = start(api, month);
    assertEquals(new JsonArray(), payload.getJsonArray("userErrors"), payload.encode());
    return payload.getJsonObject("lossReview");
  }

  static JsonObject review(GraphQLClient api, String month) {
    return api.ok(REVIEW, new JsonObject().put("m", month)).getJsonObject("lossReview");
  }

  static List<String> customers(JsonObject review) {
    List<String> ids = new ArrayList<>();
    review.getJsonArray("defections").forEach(d -> ids.add(((JsonObject) d).getJsonObject("defection")
        .getJsonObject("customer").getString("externalId")));
    return ids;
  }

  @Test
  void aLostCustomerWhoseContactRequestNobodyAnsweredShowsAMissedFollowUp() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(api, "ignored", "100", "2026-01-10");
    customerWithPurchases(api, "answered", "100", "2026-01-10");
    for (String customer : List.of("ignored", "answered")) {
      api.ok(Fixtures.SURVEYS, in(new JsonArray().add(new JsonObject().put("customerExternalId", customer)
          .put("surveyId", "nps-may").put("sentAt", "2026-05-01T09:00:00Z").put("respondedAt", "2026-05-02T09:00:00Z")
          .put("wantsContact", true))));
    }
    api.ok("mutation{recordFollowUp(input:{customerExternalId:\"answered\",at:\"2026-05-03T09:00:00Z\","
        + "by:\"Bea\"}){userErrors{code}}}");
    left(api, "ignored", "2026-06-05T10:00:00Z", "STAFF_INDIFFERENCE", "300");
    left(api, "answered", "2026-06-06T10:00:00Z", "TOO_EXPENSIVE", "200");

    JsonObject review = api.ok("mutation{startLossReview(month:\"2026-06\"){lossReview{defectionsAfterMissedFollowUp"
        + " defections{defection{customer{externalId}} missedFollowUps}}}}").getJsonObject("startLossReview")
        .getJsonObject("lossReview");

    assertEquals(1, review.getInteger("defectionsAfterMissedFollowUp"));
    JsonArray defections = review.getJsonArray("defections");
    assertEquals("ignored", defections.getJsonObject(0).getJsonObject("defection").getJsonObject("customer")
        .getString("externalId"));
    assertEquals(1, defections.getJsonObject(0).getInteger("missedFollowUps"));
    assertEquals(0, defections.getJsonObject(1).getInteger("missedFollowUps"));
  }

  @Test
  void startingCompilesTheMonthsDefectionsMostValuableFirstWithTheirReasons() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    for (String id : List.of("small", "big", "unvalued", "april", "june")) {
      customerWithPurchases(api, id, "40", "2026-01-10", "2026-03-10");
    }
    left(api, "small", "2026-05-03T10:00:00Z", "TOO_EXPENSIVE", "100");
    left(api, "big", "2026-05-20T10:00:00Z", "POOR_SERVICE", "900");
    left(api, "unvalued", "2026-05-31T23:59:59Z", "TOO_EXPENSIVE", null);
    left(api, "april", "2026-04-30T23:59:59Z", "TOO_EXPENSIVE", "5000");
    left(api, "june", "2026-06-01T00:00:00Z", "TOO_EXPENSIVE", "5000");

    JsonObject review = started(api, "2026-05");

    assertEquals("2026-05", review.getString("month"));
    assertEquals(NOW, review.getString("startedAt"));
    assertEquals(List.of("big", "small", "unvalued"), customers(review));
    assertEquals(3, review.getInteger("defectionCount"));
    assertAmount("1080", review.getJsonObject("lostAnnualValue"));
    assertEquals("EUR", review.getJsonObject("lostAnnualValue").getString("currency"));
    JsonObject unvalued = review.getJsonArray("defections").getJsonObject(2);
    assertTrue(unvalued.getBoolean("valueEstimated"));
    assertAmount("80", unvalued.getJsonObject("value"));
    assertFalse(review.getJsonArray("defections").getJsonObject(0).getBoolean("valueEstimated"));
    JsonObject price = review.getJsonArray("reasons").getJsonObject(0);
    assertEquals("TOO_EXPENSIVE", price.getJsonObject("reason").getString("code"));
    assertEquals(2, price.getInteger("defections"));
    assertAmount("180", price.getJsonObject("lostAnnualValue"));
    assertEquals("POOR_SERVICE", review.getJsonArray("reasons").getJsonObject(1).getJsonObject("reason")
        .getString("code"));
    assertEquals(review, review(api, "2026-05"));
  }

  @Test
  void startingAgainAnswersTheSameReviewAndDefectionsRecordedLaterJoinIt() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(api, "first", "40", "2026-01-10");
    customerWithPurchases(api, "late", "40", "2026-01-10");
    left(api, "first", "2026-04-10T10:00:00Z", "TOO_EXPENSIVE", "100");
    JsonObject before = started(api, "2026-04");

    left(api, "late", "2026-04-12T10:00:00Z", "TOO_EXPENSIVE", "300");

    JsonObject after = review(api, "2026-04");
    assertEquals(List.of("late", "first"), customers(after));
    assertEquals(before.getString("startedAt"), after.getString("startedAt"));
    assertEquals(after, started(api, "2026-04"));
  }

  @Test
  void aMonthNeverStartedHasNoReviewNorHasAnotherTenantsMonth() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    GraphQLClient other = new GraphQLClient(TestServer.newTenantKey());
    started(api, "2026-03");

    assertNull(review(api, "2026-02"));
    assertNull(review(other, "2026-03"));
  }

  @Test
  void aMonthNotWrittenYearDashMonthIsRefused() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());

    JsonObject refused = start(api, "May 2026");

    assertNull(refused.getValue("lossReview"));
    JsonObject error = refused.getJsonArray("userErrors").getJsonObject(0);
    assertEquals("INVALID_FORMAT", error.getString("code"));
    assertEquals(new JsonArray().add("month"), error.getJsonArray("field"));
    assertEquals("BAD_USER_INPUT", api.query(REVIEW, new JsonObject().put("m", "2026-5")).firstErrorCode());
  }

  static JsonObject assign(GraphQLClient api, String month, JsonArray executives, Integer calls) {
    return api.ok(ASSIGN, new JsonObject().put("m", month).put("e", executives).put("n", calls))
        .getJsonObject("assignLossReviewCalls");
  }

  static List<String> dealt(JsonObject payload) {
    assertEquals(new JsonArray(), payload.getJsonArray("userErrors"), payload.encode());
    List<String> dealt = new ArrayList<>();
    payload.getJsonArray("calls").forEach(c -> dealt.add(((JsonObject) c).getString("executive") + ":"
        + ((JsonObject) c).getJsonObject("customer").getString("externalId")));
    return dealt;
  }

  static List<String> codes(JsonObject payload) {
    List<String> codes = new ArrayList<>();
    payload.getJsonArray("userErrors").forEach(e -> codes.add(((JsonObject) e).getString("code")));
    return codes;
  }

  static JsonObject outcome(GraphQLClient api, String id, boolean reached, String reason, Boolean wouldReturn) {
    return api.ok(OUTCOME, new JsonObject().put("id", id).put("r", reached).put("c", reason).put("w", wouldReturn)
        .put("n", "talked")).getJsonObject("recordCallOutcome");
  }

  @Test
  void theMostValuableLostCustomersAreCalledRoundRobinAndNobodyIsCalledForTwoReviews() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    String[][] lost = {{"c500", "500"}, {"c900", "900"}, {"c100", "100"}, {"c700", "700"}, {"c300", "300"}};
    for (String[] customer : lost) {
      customerWithPurchases(api, customer[0], "40", "2026-01-10");
      left(api, customer[0], "2026-03-10T10:00:00Z", "TOO_EXPENSIVE", customer[1]);
    }
    started(api, "2026-03");
    JsonArray executives = new JsonArray().add("ann").add("bob");

    assertEquals(List.of("ann:c900", "bob:c700", "ann:c500", "bob:c300"), dealt(assign(api, "2026-03", executives, 2)));
    assertEquals(List.of("ann:c900", "bob:c700", "ann:c500", "bob:c300"), dealt(assign(api, "2026-03", executives, 2)));
    assertEquals(List.of("ann:c900", "ann:c500", "ann:c100"),
        dealt(assign(api, "2026-03", new JsonArray().add("ann"), null)));
    JsonObject call = assign(api, "2026-03", executives, 2).getJsonArray("calls").getJsonObject(0);
    assertEquals("OPEN", call.getString("status"));
    assertNull(call.getValue("outcome"));
    assertEquals(call, api.ok(CALL_NODE, new JsonObject().put("id", call.getString("id"))).getJsonObject("node"));
    assertEquals(5, review(api, "2026-03").getJsonArray("calls").size());
    assertEquals(new JsonArray().add(new JsonObject().put("executive", "ann").put("done", 0).put("open", 3))
            .add(new JsonObject().put("executive", "bob").put("done", 0).put("open", 2)),
        api.ok("{lossReview(month:\"2026-03\"){executives{executive done open}}}").getJsonObject("lossReview")
            .getJsonArray("executives"));

    // c900 comes back, then leaves again in April: called for March, so not called again
    api.ok(Fixtures.PURCHASES, in(new JsonArray().add(Fixtures.purchase("c900", "back", "2026-04-01T12:00:00Z", "40"))));
    customerWithPurchases(api, "fresh", "40", "2026-01-10");
    left(api, "c900", "2026-04-10T10:00:00Z", "TOO_EXPENSIVE", "5000");
    left(api, "fresh", "2026-04-11T10:00:00Z", "TOO_EXPENSIVE", "10");
    started(api, "2026-04");
    assertEquals(List.of("ann:fresh"), dealt(assign(api, "2026-04", new JsonArray().add("ann"), 5)));
  }

  @Test
  void badAssignmentsAreRefusedWithTheirCodes() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());

    assertEquals(List.of("INVALID_FORMAT"), codes(assign(api, "2026-3", new JsonArray().add("ann"), 1)));
    assertEquals(List.of("REVIEW_NOT_STARTED"), codes(assign(api, "2026-03", new JsonArray().add("ann"), 1)));
    started(api, "2026-03");
    assertEquals(List.of("OUT_OF_RANGE"), codes(assign(api, "2026-03", new JsonArray().add("ann"), 51)));
    assertEquals(List.of("OUT_OF_RANGE"), codes(assign(api, "2026-03", new JsonArray(), 1)));
    JsonObject payload = assign(api, "2026-03", new JsonArray().add("ann").add("").add("x".repeat(101)).add("ann"), 1);
    assertEquals(List.of("REQUIRED", "TOO_LONG", "DUPLICATE_IN_BATCH"), codes(payload));
    assertEquals(3, payload.getJsonArray("userErrors").getJsonObject(2).getInteger("index"));
    assertEquals(new JsonArray(), payload.getJsonArray("calls"));
  }

  @Test
  void aConfirmedReasonReplacesTheDefectionsAndTheOriginalIsKept() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(api, "moved", "40", "2026-01-10");
    left(api, "moved", "2026-02-10T10:00:00Z", "TOO_EXPENSIVE", "100");
    started(api, "2026-02");
    String id = assign(api, "2026-02", new JsonArray().add("ann"), 1).getJsonArray("calls").getJsonObject(0)
        .getString("id");

    assertEquals(List.of("NOT_REACHED"), codes(outcome(api, id, false, "POOR_SERVICE", null)));
    assertEquals(List.of("UNKNOWN_REASON"), codes(outcome(api, id, true, "NOPE", null)));
    JsonObject done = outcome(api, id, true, "POOR_SERVICE", true);
    assertEquals(new JsonArray(), done.getJsonArray("userErrors"), done.encode());

    JsonObject call = done.getJsonObject("call");
    assertEquals("DONE", call.getString("status"));
    assertEquals(new JsonObject().put("reached", true).put("confirmedReason", new JsonObject().put("code",
        "POOR_SERVICE")).put("wouldConsiderReturning", true).put("notes", "talked").put("recordedAt", NOW),
        call.getJsonObject("outcome"));
    assertEquals(new JsonObject().put("reason", new JsonObject().put("code", "POOR_SERVICE"))
        .put("originalReason", new JsonObject().put("code", "TOO_EXPENSIVE")), call.getJsonObject("defection"));
    JsonObject review = api.ok("query($m:String!){lossReview(month:$m){reasons{reason{code}}"
        + " reasonsBeforeCalls{reason{code}} executives{executive done open}}}", new JsonObject().put("m", "2026-02"))
        .getJsonObject("lossReview");
    assertEquals("POOR_SERVICE", review.getJsonArray("reasons").getJsonObject(0).getJsonObject("reason")
        .getString("code"));
    assertEquals("TOO_EXPENSIVE", review.getJsonArray("reasonsBeforeCalls").getJsonObject(0).getJsonObject("reason")
        .getString("code"));
    assertEquals(new JsonArray().add(new JsonObject().put("executive", "ann").put("done", 1).put("open", 0)),
        review.getJsonArray("executives"));
    assertEquals(done, outcome(api, id, true, "POOR_SERVICE", true));
    assertEquals(List.of("ALREADY_CLOSED"), codes(outcome(api, id, false, null, null)));
    assertEquals(List.of("NOT_FOUND"), codes(outcome(api, review(api, "2026-02").getJsonArray("defections")
        .getJsonObject(0).getJsonObject("defection").getString("id"), true, null, null)));
    assertNull(new GraphQLClient(TestServer.newTenantKey()).ok(CALL_NODE, new JsonObject().put("id", id))
        .getValue("node"));
  }

  static JsonObject raise(GraphQLClient api, String month, String title, JsonArray reasons, String owner) {
    return api.ok(RAISE, new JsonObject().put("m", month).put("t", title).put("r", reasons).put("p", "HIGH")
        .put("o", owner)).getJsonObject("raiseReviewIssue");
  }

  static JsonObject update(GraphQLClient api, String id, String status, String note) {
    return api.ok(UPDATE, new JsonObject().put("id", id).put("s", status).put("n", note))
        .getJsonObject("updateReviewIssue");
  }

  static List<String> issueTitles(GraphQLClient api, String month) {
    List<String> titles = new ArrayList<>();
    api.ok(ISSUES, new JsonObject().put("m", month)).getJsonObject("lossReview").getJsonArray("issues")
        .forEach(i -> titles.add(((JsonObject) i).getString("title")));
    return titles;
  }

  @Test
  void anIssueCarriesOverToLaterReviewsUntilTheMonthItIsResolvedInWithItsHistory() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    for (String month : List.of("2026-02", "2026-03", "2026-05", "2026-06", "2026-07")) {
      started(api, month);
    }
    JsonObject raised = raise(api, "2026-03", "Slow support", new JsonArray().add("POOR_SERVICE"), "ann");
    assertEquals(new JsonArray(), raised.getJsonArray("userErrors"), raised.encode());
    JsonObject issue = raised.getJsonObject("issue");
    assertEquals("OPEN", issue.getString("status"));
    assertEquals(issue, raise(api, "2026-03", "Slow support", new JsonArray().add("POOR_SERVICE"), "ann")
        .getJsonObject("issue"));
    String id = issue.getString("id");

    assertEquals(List.of(), issueTitles(api, "2026-02"));
    assertEquals(List.of("Slow support"), issueTitles(api, "2026-05"));
    update(api, id, "IN_PROGRESS", "two more agents");
    JsonObject resolved = update(api, id, "RESOLVED", "answered within a day").getJsonObject("issue");

    assertEquals("RESOLVED", resolved.getString("status"));
    assertEquals("2026-06", resolved.getString("resolvedMonth"));
    assertEquals(new JsonArray()
            .add(new JsonObject().put("at", NOW).put("status", "OPEN").putNull("note"))
            .add(new JsonObject().put("at", NOW).put("status", "IN_PROGRESS").put("note", "two more agents"))
            .add(new JsonObject().put("at", NOW).put("status", "RESOLVED").put("note", "answered within a day")),
        resolved.getJsonArray("history"));
    assertEquals(List.of("Slow support"), issueTitles(api, "2026-06"));
    assertEquals(List.of(), issueTitles(api, "2026-07"));
    assertEquals(resolved, update(api, id, "RESOLVED", "answered within a day").getJsonObject("issue"));
    assertEquals(List.of("ALREADY_CLOSED"), codes(update(api, id, "OPEN", "again")));
    assertEquals(resolved, api.ok("query($id:ID!){node(id:$id){... on ReviewIssue{" + ISSUE_FIELDS + "}}}",
        new JsonObject().put("id", id)).getJsonObject("node"));
  }

  @Test
  void badIssuesAreRefusedWithTheirCodes() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    JsonArray service = new JsonArray().add("POOR_SERVICE");

    assertEquals(List.of("INVALID_FORMAT"), codes(raise(api, "March", "t", service, "ann")));
    assertEquals(List.of("REVIEW_NOT_STARTED"), codes(raise(api, "2026-03", "t", service, "ann")));
    started(api, "2026-03");
    assertEquals(List.of("UNKNOWN_REASON"), codes(raise(api, "2026-03", "t", new JsonArray().add("NOPE"), "ann")));
    assertEquals(List.of("REQUIRED", "OUT_OF_RANGE"), codes(raise(api, "2026-03", "t", new JsonArray(), "")));
    assertEquals(List.of("TOO_LONG"), codes(raise(api, "2026-03", "x".repeat(201), service, "ann")));
    raise(api, "2026-03", "Prices", service, "ann");
    assertEquals(List.of("IDEMPOTENCY_CONFLICT"), codes(raise(api, "2026-03", "Prices", service, "bob")));
    GraphQLClient other = new GraphQLClient(TestServer.newTenantKey());
    started(other, "2026-03");
    String foreign = raise(other, "2026-03", "Theirs", service, "eve").getJsonObject("issue").getString("id");
    assertEquals(List.of("NOT_FOUND"), codes(update(api, foreign, "RESOLVED", null)));
  }

  @Test
  void reviewsAreListedTheLatestMonthFirstPageByPage() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    for (String month : List.of("2026-01", "2026-03", "2026-02")) {
      started(api, month);
    }
    String page = "query($a:String){lossReviews(first:2,after:$a){edges{cursor node{month}} nodes{month}"
        + " pageInfo{hasNextPage endCursor} totalCount}}";

    JsonObject first = api.ok(page, new JsonObject().putNull("a")).getJsonObject("lossReviews");
    assertEquals(new JsonArray().add(new JsonObject().put("month", "2026-03")).add(new JsonObject().put("month",
        "2026-02")), first.getJsonArray("nodes"));
    assertEquals(3, first.getInteger("totalCount"));
    assertTrue(first.getJsonObject("pageInfo").getBoolean("hasNextPage"));
    JsonObject rest = api.ok(page, new JsonObject().put("a", first.getJsonObject("pageInfo").getString("endCursor")))
        .getJsonObject("lossReviews");
    assertEquals(new JsonArray().add(new JsonObject().put("month", "2026-01")), rest.getJsonArray("nodes"));
    assertFalse(rest.getJsonObject("pageInfo").getBoolean("hasNextPage"));
    assertEquals("INVALID_CURSOR", api.query(page, new JsonObject().put("a", "nope")).firstErrorCode());
    assertEquals("BAD_USER_INPUT", api.query("{lossReviews(first:101){totalCount}}").firstErrorCode());
  }
}

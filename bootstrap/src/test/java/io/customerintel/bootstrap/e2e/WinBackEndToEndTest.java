package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.DEFECTION;
import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.defection;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static io.customerintel.bootstrap.e2e.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
  private static final String ATTEMPT = "mutation($in:WinBackAttemptInput!){recordWinBackAttempt(input:$in){"
      + "attempt{kind channel outcome notes attemptedAt customer{externalId}} userErrors{field code message}}}";
  private static final String STATS = "query($from:Date!,$to:Date!){winBackStats(from:$from,to:$to){from to"
      + " total{attempts customersAttempted wonBack winBackRate}"
      + " byKind{kind tally{attempts customersAttempted wonBack}} byChannel{channel tally{attempts wonBack}}}}";
  private static final String REVIEW = "query($kind:WinBackKind!){winBackCandidates(kind:$kind,first:1){"
      + "lastReviewedAt nextReviewDue reviewCadenceMonths}}";
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

  @Test
  void aListNeverReviewedIsDueTodayAndAReviewStampsItForTheCadence() {
    GraphQLClient tenant = new GraphQLClient(TestServer.newTenantKey());
    JsonObject never = review(tenant, "LOST");
    assertNull(never.getValue("lastReviewedAt"));
    assertEquals("2026-06-15", never.getString("nextReviewDue"));
    assertEquals(6, never.getInteger("reviewCadenceMonths"));

    JsonObject marked = tenant.ok("mutation{markWinBackListReviewed(kind:LOST){kind lastReviewedAt nextReviewDue"
        + " userErrors{code}}}").getJsonObject("markWinBackListReviewed");
    assertEquals(TestServer.AS_OF, java.time.Instant.parse(marked.getString("lastReviewedAt")));
    assertEquals("2026-12-15", marked.getString("nextReviewDue"));
    assertEquals("2026-12-15", review(tenant, "LOST").getString("nextReviewDue"));
    assertNull(review(tenant, "INACTIVE").getValue("lastReviewedAt"), "each list is reviewed on its own");

    JsonObject configured = tenant.ok("mutation{configureWinBack(reviewCadenceMonths:3){reviewCadenceMonths"
        + " userErrors{code}}}").getJsonObject("configureWinBack");
    assertEquals(3, configured.getInteger("reviewCadenceMonths"));
    assertEquals("2026-09-15", review(tenant, "LOST").getString("nextReviewDue"));
  }

  @Test
  void aCadenceOutsideOneToTwentyFourMonthsIsRefusedAndTheStoredOneKept() {
    GraphQLClient tenant = new GraphQLClient(TestServer.newTenantKey());
    JsonObject refused = tenant.ok("mutation{configureWinBack(reviewCadenceMonths:25){reviewCadenceMonths"
        + " userErrors{field code}}}").getJsonObject("configureWinBack");
    assertNull(refused.getValue("reviewCadenceMonths"));
    assertEquals("OUT_OF_RANGE", refused.getJsonArray("userErrors").getJsonObject(0).getString("code"));
    assertEquals(6, review(tenant, "INACTIVE").getInteger("reviewCadenceMonths"));
  }

  @Test
  void aPurchaseAfterAnAttemptCountsTheCustomerAsWonBack() {
    GraphQLClient tenant = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(tenant, "back", "100", "2025-05-11");
    customerWithPurchases(tenant, "silent", "100", "2025-05-11");
    JsonObject attempt = attempt(tenant, "back", "EMAIL", "INTERESTED", "2026-06-01T09:00:00Z")
        .getJsonObject("attempt");
    assertEquals("INACTIVE", attempt.getString("kind"));
    assertEquals("back", attempt.getJsonObject("customer").getString("externalId"));
    attempt(tenant, "back", "PHONE", "INTERESTED", "2026-06-02T09:00:00Z");
    attempt(tenant, "silent", "PHONE", "NO_RESPONSE", "2026-06-01T09:00:00Z");

    JsonObject listed = tenant.ok("{winBackCandidates(kind:INACTIVE){nodes{customer{externalId}"
        + " lastAttempt{channel outcome attemptedAt}}}}").getJsonObject("winBackCandidates")
        .getJsonArray("nodes").getJsonObject(0);
    assertEquals("back", listed.getJsonObject("customer").getString("externalId"));
    assertEquals("PHONE", listed.getJsonObject("lastAttempt").getString("channel"), "the latest attempt is shown");

    tenant.ok(PURCHASES, in(new JsonArray().add(purchase("back", "back-again", "2026-06-10T12:00:00Z", "40"))));
    JsonObject stats = tenant.ok(STATS, new JsonObject().put("from", "2026-06-01").put("to", "2026-06-15"))
        .getJsonObject("winBackStats");
    JsonObject total = stats.getJsonObject("total");
    assertEquals(3, total.getInteger("attempts"));
    assertEquals(2, total.getInteger("customersAttempted"));
    assertEquals(1, total.getInteger("wonBack"), "two attempts on one customer who came back count once");
    assertEquals(0.5, total.getDouble("winBackRate"));
    JsonObject inactive = stats.getJsonArray("byKind").getJsonObject(0);
    assertEquals("INACTIVE", inactive.getString("kind"));
    assertEquals(1, inactive.getJsonObject("tally").getInteger("wonBack"));
    assertEquals(0, stats.getJsonArray("byKind").getJsonObject(1).getJsonObject("tally").getInteger("attempts"));
    JsonArray byChannel = stats.getJsonArray("byChannel");
    assertEquals("EMAIL", byChannel.getJsonObject(0).getString("channel"));
    assertEquals(1, byChannel.getJsonObject(0).getJsonObject("tally").getInteger("wonBack"));
    assertEquals("PHONE", byChannel.getJsonObject(1).getString("channel"));
    assertEquals(2, byChannel.getJsonObject(1).getJsonObject("tally").getInteger("attempts"));
    assertEquals(1, byChannel.getJsonObject(1).getJsonObject("tally").getInteger("wonBack"));

    JsonObject before = tenant.ok(STATS, new JsonObject().put("from", "2026-01-01").put("to", "2026-05-31"))
        .getJsonObject("winBackStats").getJsonObject("total");
    assertEquals(0, before.getInteger("attempts"));
    assertNull(before.getValue("winBackRate"));
  }

  @Test
  void recordingTheSameAttemptAgainReturnsItAndAChangedRetryIsRefused() {
    GraphQLClient tenant = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(tenant, "again", "10", "2025-05-11");
    JsonObject first = attempt(tenant, "again", "VISIT", "DECLINED", "2026-06-01T09:00:00Z");
    JsonObject retry = attempt(tenant, "again", "VISIT", "DECLINED", "2026-06-01T09:00:00Z");
    assertEquals(first.getJsonObject("attempt"), retry.getJsonObject("attempt"));
    assertEquals("IDEMPOTENCY_CONFLICT", code(attempt(tenant, "again", "VISIT", "INTERESTED",
        "2026-06-01T09:00:00Z")));
    JsonObject stats = tenant.ok(STATS, new JsonObject().put("from", "2026-06-01").put("to", "2026-06-01"))
        .getJsonObject("winBackStats");
    assertEquals(1, stats.getJsonObject("total").getInteger("attempts"));
  }

  @Test
  void badAttemptsAreRefusedWithTheirCodes() {
    GraphQLClient tenant = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(tenant, "buying", "10", "2026-06-01");
    customerWithPurchases(tenant, "gone", "10", "2025-05-11");
    assertEquals("UNKNOWN_CUSTOMER", code(attempt(tenant, "nobody", "EMAIL", "NO_RESPONSE", "2026-06-01T09:00:00Z")));
    assertEquals("IN_FUTURE", code(attempt(tenant, "gone", "EMAIL", "NO_RESPONSE", "2026-07-01T09:00:00Z")));
    assertEquals("NOT_A_WIN_BACK_CANDIDATE",
        code(attempt(tenant, "buying", "EMAIL", "NO_RESPONSE", "2026-06-10T09:00:00Z")));
    JsonObject tooLong = tenant.ok(ATTEMPT, in(new JsonObject().put("customerExternalId", "gone").put("channel", "MAIL")
        .put("outcome", "DECLINED").put("attemptedAt", "2026-06-01T09:00:00Z").put("notes", "x".repeat(10_001))))
        .getJsonObject("recordWinBackAttempt");
    assertEquals("TOO_LONG", code(tooLong));
    assertEquals(0, tenant.ok(STATS, new JsonObject().put("from", "2026-01-01").put("to", "2026-12-31"))
        .getJsonObject("winBackStats").getJsonObject("total").getInteger("attempts"), "nothing refused is stored");
  }

  @Test
  void badRangesAndPageSizesAreRequestErrors() {
    assertEquals("INVALID_DATE_RANGE", api.query(STATS, new JsonObject().put("from", "2026-06-02")
        .put("to", "2026-06-01")).firstErrorCode());
    assertEquals("RANGE_TOO_LARGE", api.query(STATS, new JsonObject().put("from", "1900-01-01")
        .put("to", "2026-06-01")).firstErrorCode());
    assertEquals("BAD_USER_INPUT", api.query(LIST, new JsonObject().put("kind", "LOST").put("n", 0))
        .firstErrorCode());
  }

  @Test
  void anotherTenantCannotAttemptOrCountTheCustomers() {
    GraphQLClient owner = new GraphQLClient(TestServer.newTenantKey());
    GraphQLClient other = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(owner, "mine", "10", "2025-05-11");
    attempt(owner, "mine", "EMAIL", "NO_RESPONSE", "2026-06-01T09:00:00Z");
    assertEquals("UNKNOWN_CUSTOMER", code(attempt(other, "mine", "EMAIL", "NO_RESPONSE", "2026-06-01T09:00:00Z")));
    assertEquals(0, other.ok(STATS, new JsonObject().put("from", "2026-06-01").put("to", "2026-06-01"))
        .getJsonObject("winBackStats").getJsonObject("total").getInteger("attempts"));
    other.ok("mutation{markWinBackListReviewed(kind:INACTIVE){kind}}");
    assertNull(review(owner, "INACTIVE").getValue("lastReviewedAt"));
  }

  private static JsonObject review(GraphQLClient tenant, String kind) {
    return tenant.ok(REVIEW, new JsonObject().put("kind", kind)).getJsonObject("winBackCandidates");
  }

  private static JsonObject attempt(GraphQLClient tenant, String customer, String channel, String outcome, String at) {
    return tenant.ok(ATTEMPT, in(new JsonObject().put("customerExternalId", customer).put("channel", channel)
        .put("outcome", outcome).put("attemptedAt", at))).getJsonObject("recordWinBackAttempt");
  }

  private static String code(JsonObject payload) {
    JsonArray errors = payload.getJsonArray("userErrors");
    if (errors.isEmpty()) {
      throw new AssertionError("expected a user error in " + payload.encode());
    }
    assertNull(payload.getValue("attempt"));
    return errors.getJsonObject(0).getString("code");
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

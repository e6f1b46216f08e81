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
      + " defections{defection{customer{externalId} occurredAt reason{code}} value{amount} valueEstimated}"
      + " reasons{reason{code} defections lostAnnualValue{amount}}";
  static final String START = "mutation($m:String!){startLossReview(month:$m){lossReview{" + REVIEW_FIELDS + "}"
      + " userErrors{field code message}}}";
  static final String REVIEW = "query($m:String!){lossReview(month:$m){" + REVIEW_FIELDS + "}}";
  static final String NOW = "2026-06-15T12:00:00.000Z";

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
}

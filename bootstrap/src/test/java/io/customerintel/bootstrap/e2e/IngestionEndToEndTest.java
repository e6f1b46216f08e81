package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.DEFECTION;
import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.SURVEYS;
import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.defection;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static io.customerintel.bootstrap.e2e.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({ScratchDatabase.class, TestServer.class})
class IngestionEndToEndTest {
  private GraphQLClient api;

  @BeforeEach
  void newTenant() {
    api = new GraphQLClient(TestServer.newTenantKey());
    api.ok(UPSERT, in(new JsonArray().add(customer("C1")).add(customer("C2"))));
  }

  @Test
  void recordingTheSamePurchaseBatchTwiceStoresItOnce() {
    JsonObject batch = in(new JsonArray()
        .add(purchase("C1", "o-1", "2026-06-01T10:00:00Z", "10.50"))
        .add(purchase("C1", "o-2", "2026-06-01T15:00:00Z", "4.50")));
    JsonObject first = api.ok(PURCHASES, batch).getJsonObject("recordPurchases");
    JsonObject second = api.ok(PURCHASES, batch).getJsonObject("recordPurchases");

    assertEquals(2, first.getInteger("recorded"));
    assertEquals(0, first.getInteger("duplicates"));
    assertEquals(0, second.getInteger("recorded"));
    assertEquals(2, second.getInteger("duplicates"));
    JsonObject value = api.ok("{customer(externalId:\"C1\"){value{purchaseCount lifetimeRevenue{amount currency}} purchases{totalCount}}}")
        .getJsonObject("customer");
    assertEquals(2, value.getJsonObject("value").getInteger("purchaseCount"));
    Fixtures.assertAmount("15.00", value.getJsonObject("value").getJsonObject("lifetimeRevenue"));
    assertEquals("EUR", value.getJsonObject("value").getJsonObject("lifetimeRevenue").getString("currency"));
    assertEquals(2, value.getJsonObject("purchases").getInteger("totalCount"));
  }

  @Test
  void reusingAnExternalIdForADifferentPurchaseIsAnIdempotencyConflict() {
    api.ok(PURCHASES, in(new JsonArray().add(purchase("C1", "order-9", "2026-06-01T10:00:00Z", "10"))));
    JsonObject result = api.ok(PURCHASES, in(new JsonArray()
        .add(purchase("C2", "order-10", "2026-06-02T10:00:00Z", "7"))
        .add(purchase("C1", "order-9", "2026-06-01T10:00:00Z", "99")))).getJsonObject("recordPurchases");

    assertEquals(1, result.getInteger("recorded"));
    assertEquals(0, result.getInteger("duplicates"));
    assertError(result.getJsonArray("userErrors").getJsonObject(0), 1, "externalId", "IDEMPOTENCY_CONFLICT");
    Fixtures.assertAmount("10", api.ok("{customer(externalId:\"C1\"){value{lifetimeRevenue{amount}}}}")
        .getJsonObject("customer").getJsonObject("value").getJsonObject("lifetimeRevenue"));
  }

  @Test
  void aRepeatedExternalIdWithinOneBatchIsADuplicate() {
    JsonObject result = api.ok(PURCHASES, in(new JsonArray()
        .add(purchase("C1", "same", "2026-06-01T10:00:00Z", "1"))
        .add(purchase("C1", "same", "2026-06-01T10:00:00Z", "1")))).getJsonObject("recordPurchases");
    assertEquals(1, result.getInteger("recorded"));
    assertEquals(1, result.getInteger("duplicates"));
  }

  @Test
  void eachBadPurchaseIsReportedWithItsIndexFieldAndCodeWhileTheValidOnesAreStored() {
    JsonObject result = api.ok(PURCHASES, in(new JsonArray()
        .add(purchase("C1", "ok-1", "2026-06-01T10:00:00Z", "10"))
        .add(purchase("nobody", "bad-1", "2026-06-01T10:00:00Z", "10"))
        .add(purchase("C1", "bad-2", "2026-06-01T10:00:00Z", "-1"))
        .add(purchase("C1", "bad-3", "2026-06-17T12:00:01Z", "10"))
        .add(purchase("C1", "x".repeat(256), "2026-06-01T10:00:00Z", "10"))
        .add(purchase("C2", "ok-2", "2026-06-16T11:00:00Z", "10")))).getJsonObject("recordPurchases");

    assertEquals(2, result.getInteger("recorded"));
    JsonArray errors = result.getJsonArray("userErrors");
    assertEquals(4, errors.size(), errors.encode());
    assertError(errors.getJsonObject(0), 1, "customerExternalId", "UNKNOWN_CUSTOMER");
    assertError(errors.getJsonObject(1), 2, "amount", "INVALID_AMOUNT");
    assertError(errors.getJsonObject(2), 3, "occurredAt", "IN_FUTURE");
    assertError(errors.getJsonObject(3), 4, "externalId", "TOO_LONG");
  }

  @Test
  void aBatchOverOneThousandItemsIsRefusedWholeAndNothingIsStored() {
    JsonArray items = new JsonArray();
    for (int i = 0; i < 1001; i++) {
      items.add(purchase("C1", "big-" + i, "2026-06-01T10:00:00Z", "1"));
    }
    GraphQLClient.Response response = api.query(PURCHASES, in(items));
    assertEquals("BATCH_TOO_LARGE", response.firstErrorCode(), response.body().encode());
    assertEquals(0, api.ok("{customer(externalId:\"C1\"){value{purchaseCount}}}").getJsonObject("customer")
        .getJsonObject("value").getInteger("purchaseCount"));
  }

  @Test
  void aRecommendScoreOutsideZeroToTenIsOutOfRange() {
    JsonObject result = api.ok(SURVEYS, in(new JsonArray()
        .add(new JsonObject().put("customerExternalId", "C1").put("surveyId", "s1").put("sentAt", "2026-06-01T10:00:00Z")
            .put("respondedAt", "2026-06-02T10:00:00Z").put("likelihoodToRecommend", 11))
        .add(new JsonObject().put("customerExternalId", "C1").put("surveyId", "s2").put("sentAt", "2026-06-01T10:00:00Z")
            .put("respondedAt", "2026-06-02T10:00:00Z").put("likelihoodToRecommend", 9).put("comment", "great"))))
        .getJsonObject("recordSurveyResponses");
    assertEquals(1, result.getInteger("recorded"));
    assertError(result.getJsonArray("userErrors").getJsonObject(0), 0, "likelihoodToRecommend", "OUT_OF_RANGE");
  }

  @Test
  void aLaterSurveyAnswerCompletesTheInvitationWithoutLosingIt() {
    api.ok(SURVEYS, in(new JsonArray().add(new JsonObject().put("customerExternalId", "C1").put("surveyId", "q2")
        .put("sentAt", "2026-06-01T10:00:00Z"))));
    api.ok(SURVEYS, in(new JsonArray().add(new JsonObject().put("customerExternalId", "C1").put("surveyId", "q2")
        .put("sentAt", "2026-06-01T10:00:00Z").put("respondedAt", "2026-06-03T10:00:00Z").put("satisfied", true))));
    JsonObject responses = api.ok("{customer(externalId:\"C1\"){surveyResponses{totalCount nodes{surveyId respondedAt satisfied}}}}")
        .getJsonObject("customer").getJsonObject("surveyResponses");
    assertEquals(1, responses.getInteger("totalCount"));
    assertEquals(true, responses.getJsonArray("nodes").getJsonObject(0).getBoolean("satisfied"));
  }

  @Test
  void aDefectionWithAnUnknownReasonOrCustomerIsRefused() {
    JsonObject unknownReason = api.ok(DEFECTION, in(defection("C1", "2026-06-01T10:00:00Z", "BORED")))
        .getJsonObject("recordDefection");
    assertNull(unknownReason.getValue("defection"));
    assertEquals("UNKNOWN_REASON", unknownReason.getJsonArray("userErrors").getJsonObject(0).getString("code"));

    JsonObject unknownCustomer = api.ok(DEFECTION, in(defection("nobody", "2026-06-01T10:00:00Z", "TOO_EXPENSIVE")))
        .getJsonObject("recordDefection");
    assertEquals("UNKNOWN_CUSTOMER", unknownCustomer.getJsonArray("userErrors").getJsonObject(0).getString("code"));
  }

  @Test
  void aNegativeLostValueIsAnInvalidAmount() {
    JsonObject result = api.ok(DEFECTION, in(defection("C1", "2026-06-01T10:00:00Z", "TOO_EXPENSIVE")
        .put("lostAnnualValue", "-5"))).getJsonObject("recordDefection");
    assertEquals("INVALID_AMOUNT", result.getJsonArray("userErrors").getJsonObject(0).getString("code"));
  }

  @Test
  void recordingTheSameDefectionTwiceReturnsTheStoredOne() {
    JsonObject input = in(defection("C1", "2026-06-01T10:00:00Z", "TOO_EXPENSIVE").put("lostAnnualValue", "120"));
    JsonObject first = api.ok(DEFECTION, input).getJsonObject("recordDefection").getJsonObject("defection");
    JsonObject second = api.ok(DEFECTION, input).getJsonObject("recordDefection").getJsonObject("defection");
    assertEquals(first.getString("id"), second.getString("id"));
    assertEquals("PRICE", first.getJsonObject("reason").getString("category"));
    assertEquals(true, first.getJsonObject("reason").getBoolean("avoidable"));
    Fixtures.assertAmount("120.00", first.getJsonObject("lostAnnualValue"));
  }

  @Test
  void aTenantsOwnReasonCanBeDefinedAndUsed() {
    JsonObject defined = api.ok("mutation{defineDefectionReason(code:\"MOVED_ABROAD\",label:\"Moved abroad\","
        + "category:NO_LONGER_NEEDED,avoidable:false){reason{code label category avoidable} userErrors{code}}}")
        .getJsonObject("defineDefectionReason");
    assertEquals("MOVED_ABROAD", defined.getJsonObject("reason").getString("code"));
    JsonObject recorded = api.ok(DEFECTION, in(defection("C2", "2026-06-01T10:00:00Z", "MOVED_ABROAD")))
        .getJsonObject("recordDefection");
    assertEquals("NO_LONGER_NEEDED", recorded.getJsonObject("defection").getJsonObject("reason").getString("category"));
    JsonArray reasons = api.ok("{defectionReasons{code}}").getJsonArray("defectionReasons");
    assertEquals(12, reasons.size(), "the eleven defaults and the new one: " + reasons.encode());
  }

  @Test
  void aBadReasonCodeIsAnInvalidFormat() {
    JsonObject defined = api.ok("mutation{defineDefectionReason(code:\"moved abroad\",label:\"x\","
        + "category:OTHER,avoidable:false){reason{code} userErrors{field code}}}").getJsonObject("defineDefectionReason");
    assertNull(defined.getValue("reason"));
    assertEquals("INVALID_FORMAT", defined.getJsonArray("userErrors").getJsonObject(0).getString("code"));
  }

  @Test
  void upsertingACustomerMergesAttributesAndKeepsWhatWasNotSent() {
    api.ok(UPSERT, in(new JsonArray().add(customer("C3").put("name", "Ada")
        .put("attributes", new JsonObject().put("segment", "retail").put("region", "north")))));
    api.ok(UPSERT, in(new JsonArray().add(customer("C3")
        .put("attributes", new JsonObject().put("region", (Object) null).put("tier", "gold")))));
    JsonObject stored = api.ok("{customer(externalId:\"C3\"){name attributes}}").getJsonObject("customer");
    assertEquals("Ada", stored.getString("name"));
    assertEquals(new JsonObject().put("segment", "retail").put("tier", "gold"), stored.getJsonObject("attributes"));
  }

  @Test
  void aNameOverItsLimitIsTooLong() {
    JsonObject result = api.ok(UPSERT, in(new JsonArray().add(customer("C4").put("name", "n".repeat(501)))))
        .getJsonObject("upsertCustomers");
    assertEquals(0, result.getInteger("upserted"));
    assertError(result.getJsonArray("userErrors").getJsonObject(0), 0, "name", "TOO_LONG");
  }

  private static void assertError(JsonObject error, int index, String field, String code) {
    assertEquals(index, error.getInteger("index"), error.encode());
    assertEquals(new JsonArray().add(field), error.getJsonArray("field"), error.encode());
    assertEquals(code, error.getString("code"), error.encode());
  }
}

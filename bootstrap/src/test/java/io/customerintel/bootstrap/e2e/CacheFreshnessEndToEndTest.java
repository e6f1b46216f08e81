package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.SURVEYS;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static io.customerintel.bootstrap.e2e.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cached answers (tier thresholds, reports) never outlive the write that changes them. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class CacheFreshnessEndToEndTest {
  private static String tier(GraphQLClient api, String customer) {
    return api.ok("{customer(externalId:\"" + customer + "\"){value{tier}}}").getJsonObject("customer")
        .getJsonObject("value").getString("tier");
  }

  private static int atRisk(GraphQLClient api) {
    return api.ok("{segmentMatrix{cells{atRisk}}}").getJsonObject("segmentMatrix").getJsonArray("cells").stream()
        .mapToInt(cell -> ((JsonObject) cell).getInteger("atRisk")).sum();
  }

  @Test
  void aPurchaseThatReordersRevenuesChangesTheTiersAtOnce() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(api, "ann", "10", "2026-05-01");
    customerWithPurchases(api, "bob", "20", "2026-05-01");
    assertEquals("MEDIUM", tier(api, "bob"), "of two paying customers, bob's rank is 50");
    assertEquals("LOW", tier(api, "ann"));

    api.ok(PURCHASES, in(new JsonArray().add(purchase("ann", "ann-big", "2026-06-01T12:00:00Z", "100"))));

    assertEquals("MEDIUM", tier(api, "ann"));
    assertEquals("LOW", tier(api, "bob"));
  }

  @Test
  void aSurveyAnswerChangesTheSegmentMatrixAtOnce() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(api, "cy", "20", "2026-01-10");
    assertEquals(0, atRisk(api));

    api.ok(SURVEYS, in(new JsonArray().add(new JsonObject().put("customerExternalId", "cy").put("surveyId", "nps")
        .put("sentAt", "2026-06-01T09:00:00Z").put("respondedAt", "2026-06-01T10:00:00Z")
        .put("likelihoodToRecommend", 2).put("satisfied", false))));

    assertEquals(1, atRisk(api));
  }
}

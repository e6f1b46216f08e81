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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances on one database behind no sticky routing: a write through one is never answered from the other's
 * cache afterwards (docs/operations.md, scaling out).
 */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class SharedCachesEndToEndTest {
  /** How long a write's announcement may take to reach the other instance: NOTIFY on commit, over loopback. */
  static final long ANNOUNCEMENT_MILLIS = 2_000;

  @RegisterExtension
  static final SecondServer OTHER = new SecondServer();

  /** One tenant's clients of the shared test server and of the second instance. */
  private record Clients(GraphQLClient here, GraphQLClient there) {
    static Clients ofNewTenant() {
      String key = TestServer.newTenantKey();
      return new Clients(new GraphQLClient(key), new GraphQLClient(key, OTHER::baseUrl));
    }
  }

  private static int atRisk(GraphQLClient api) {
    return api.ok("{segmentMatrix{cells{atRisk}}}").getJsonObject("segmentMatrix").getJsonArray("cells").stream()
        .mapToInt(cell -> ((JsonObject) cell).getInteger("atRisk")).sum();
  }

  private static String tier(GraphQLClient api, String customer) {
    return api.ok("{customer(externalId:\"" + customer + "\"){value{tier}}}").getJsonObject("customer")
        .getJsonObject("value").getString("tier");
  }

  /** The value once it is the expected one, or the last one seen when the announcement time ran out. */
  private static <T> T within(long millis, T expected, Supplier<T> read) throws InterruptedException {
    long until = System.currentTimeMillis() + millis;
    T seen = read.get();
    while (!expected.equals(seen) && System.currentTimeMillis() < until) {
      Thread.sleep(20);
      seen = read.get();
    }
    return seen;
  }

  @Test
  void aReportCachedOnOneInstanceIsComputedAgainAfterAWriteOnTheOther() throws InterruptedException {
    Clients tenant = Clients.ofNewTenant();
    GraphQLClient here = tenant.here();
    GraphQLClient there = tenant.there();
    customerWithPurchases(here, "cy", "20", "2026-01-10");
    assertEquals(0, atRisk(there));
    assertEquals(0, atRisk(there), "cached now");

    here.ok(SURVEYS, in(new JsonArray().add(new JsonObject().put("customerExternalId", "cy").put("surveyId", "nps")
        .put("sentAt", "2026-06-01T09:00:00Z").put("respondedAt", "2026-06-01T10:00:00Z")
        .put("likelihoodToRecommend", 2).put("satisfied", false))));

    assertEquals(1, within(ANNOUNCEMENT_MILLIS, 1, () -> atRisk(there)));
  }

  @Test
  void purchasesOnOneInstanceRerankTheTiersTheOtherServes() throws InterruptedException {
    Clients tenant = Clients.ofNewTenant();
    GraphQLClient here = tenant.here();
    GraphQLClient there = tenant.there();
    customerWithPurchases(here, "ann", "10", "2026-05-01");
    customerWithPurchases(here, "bob", "20", "2026-05-01");
    assertEquals("LOW", tier(there, "ann"));

    here.ok(PURCHASES, in(new JsonArray().add(purchase("ann", "ann-big", "2026-06-01T12:00:00Z", "100"))));

    assertEquals("MEDIUM", within(ANNOUNCEMENT_MILLIS, "MEDIUM", () -> tier(there, "ann")));
  }
}

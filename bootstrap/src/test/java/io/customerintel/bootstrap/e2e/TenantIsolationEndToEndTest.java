package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.DEFECTION;
import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.SURVEYS;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.defection;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static io.customerintel.bootstrap.e2e.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tenant A's data is invisible and untouchable for tenant B, whatever ids B uses. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class TenantIsolationEndToEndTest {
  private static GraphQLClient tenantA;
  private static GraphQLClient tenantB;
  private static List<String> idsOfA;

  @BeforeAll
  static void twoTenants() {
    tenantA = new GraphQLClient(TestServer.newTenantKey());
    tenantB = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(tenantA, "shared-id", "99", "2026-05-01");
    tenantA.ok(SURVEYS, in(new JsonArray().add(new JsonObject().put("customerExternalId", "shared-id")
        .put("surveyId", "s").put("sentAt", "2026-05-02T10:00:00Z"))));
    tenantA.ok(DEFECTION, in(defection("shared-id", "2026-05-03T10:00:00Z", "POOR_SERVICE")));
    JsonObject customer = tenantA.ok("{customer(externalId:\"shared-id\"){id defection{id} purchases{nodes{id}} "
        + "surveyResponses{nodes{id}}}}").getJsonObject("customer");
    idsOfA = List.of(customer.getString("id"), customer.getJsonObject("defection").getString("id"),
        customer.getJsonObject("purchases").getJsonArray("nodes").getJsonObject(0).getString("id"),
        customer.getJsonObject("surveyResponses").getJsonArray("nodes").getJsonObject(0).getString("id"));
  }

  @Test
  void anotherTenantCannotReadOrCountTheCustomers() {
    assertNull(tenantB.ok("{customer(externalId:\"shared-id\"){id}}").getValue("customer"));
    assertEquals(0, tenantB.ok("{customers{totalCount nodes{id}}}").getJsonObject("customers").getInteger("totalCount"));
    assertEquals(1, tenantA.ok("{customers{totalCount}}").getJsonObject("customers").getInteger("totalCount"));
  }

  @Test
  void anotherTenantsGlobalIdsResolveToNothing() {
    for (String id : idsOfA) {
      assertNull(tenantB.ok("{node(id:\"" + id + "\"){id}}").getValue("node"), id);
      assertEquals(id, tenantA.ok("{node(id:\"" + id + "\"){id}}").getJsonObject("node").getString("id"));
    }
  }

  @Test
  void anotherTenantCannotWriteToTheCustomers() {
    JsonObject purchases = tenantB.ok(PURCHASES, in(new JsonArray()
        .add(purchase("shared-id", "b-1", "2026-05-01T10:00:00Z", "5")))).getJsonObject("recordPurchases");
    assertEquals("UNKNOWN_CUSTOMER", purchases.getJsonArray("userErrors").getJsonObject(0).getString("code"));
    JsonObject defection = tenantB.ok(DEFECTION, in(defection("shared-id", "2026-05-04T10:00:00Z", "OTHER")))
        .getJsonObject("recordDefection");
    assertEquals("UNKNOWN_CUSTOMER", defection.getJsonArray("userErrors").getJsonObject(0).getString("code"));
  }

  @Test
  void theSameExternalIdsLiveSideBySideInTwoTenants() {
    GraphQLClient tenantC = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(tenantC, "shared-id", "1", "2026-05-01");
    JsonObject a = tenantA.ok("{customer(externalId:\"shared-id\"){value{lifetimeRevenue{amount}} lifecycleStage}}")
        .getJsonObject("customer");
    JsonObject b = tenantC.ok("{customer(externalId:\"shared-id\"){value{lifetimeRevenue{amount}} lifecycleStage}}")
        .getJsonObject("customer");
    Fixtures.assertAmount("99.00", a.getJsonObject("value").getJsonObject("lifetimeRevenue"));
    assertEquals("LOST", a.getString("lifecycleStage"));
    Fixtures.assertAmount("1.00", b.getJsonObject("value").getJsonObject("lifetimeRevenue"));
    assertEquals("NEW", b.getString("lifecycleStage"));
  }
}

package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.DEFECTION;
import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.defection;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static io.customerintel.bootstrap.e2e.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A page of customers costs the same few SQL statements whatever its size: no N+1. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class CustomerPagesEndToEndTest {
  private static final String PAGE = "query($n:Int){customers(first:$n,orderBy:{field:LIFETIME_REVENUE,direction:DESC})"
      + "{totalCount nodes{externalId lifecycleStage tenure{days band} value{lifetimeRevenue{amount} tier}"
      + " defection{occurredAt reason{code category} customer{externalId}} conversationGuide{question}"
      + " purchases(first:2){totalCount nodes{amount{amount}}} surveyResponses(first:2){totalCount nodes{surveyId}}}}}";
  private static GraphQLClient api;

  @BeforeAll
  static void hundredAndTwentyCustomers() {
    api = new GraphQLClient(TestServer.newTenantKey());
    JsonArray customers = new JsonArray();
    JsonArray purchases = new JsonArray();
    for (int i = 0; i < 120; i++) {
      customers.add(customer("c" + i));
      purchases.add(purchase("c" + i, "p" + i + "a", "2026-01-0" + (1 + i % 9) + "T10:00:00Z", String.valueOf(10 + i)));
      purchases.add(purchase("c" + i, "p" + i + "b", "2026-04-0" + (1 + i % 9) + "T10:00:00Z", "5"));
    }
    api.ok(UPSERT, in(customers));
    api.ok(PURCHASES, in(purchases));
    for (int i = 0; i < 120; i += 3) {
      api.ok(DEFECTION, in(defection("c" + i, "2026-05-01T10:00:00Z", "SWITCHED_TO_COMPETITOR")));
    }
  }

  @Test
  void aPageOfFiftyCostsNoMoreStatementsThanAPageOfTen() {
    long ten = statementsFor(10);
    // 50 is the largest page of this selection within the default query cost limit (902 of 1,000 points)
    long fifty = statementsFor(50);
    assertEquals(ten, fifty, "statements per page must not grow with the page size");
    // key lookup, the key's cost bucket, tier thresholds, page, count, defections, reasons, defected customers (+ their
    // thresholds), purchases, survey responses: one each, whatever the page size; and before each of the three
    // customer reads (page, count, defected customers) one index probe for customers whose health time has changed
    assertTrue(fifty <= 13, "a page should take a handful of statements, took " + fifty);
  }

  private static long statementsFor(int size) {
    api.ok(PAGE, new JsonObject().put("n", size));
    long before = TestServer.start().store().statementsExecuted();
    JsonObject page = api.ok(PAGE, new JsonObject().put("n", size)).getJsonObject("customers");
    long used = TestServer.start().store().statementsExecuted() - before;
    assertEquals(size, page.getJsonArray("nodes").size());
    assertEquals(120, page.getInteger("totalCount"));
    return used;
  }
}

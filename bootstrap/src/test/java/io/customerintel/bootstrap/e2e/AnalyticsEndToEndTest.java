package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.DEFECTION;
import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.SURVEYS;
import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.assertAmount;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.defection;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static io.customerintel.bootstrap.e2e.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The segment matrix, customer flow and defection summary over HTTP, as of 2026-06-15 12:00 UTC. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class AnalyticsEndToEndTest {
  static final String MATRIX = "{segmentMatrix{asOf cells{valueTier tenureBand customers revenue{amount currency}"
      + " atRisk lost}}}";
  static final String SUMMARY = "query($from:Date!,$to:Date!){defectionSummary(from:$from,to:$to){from to"
      + " customersLost lostValue{amount currency} avoidableShare"
      + " byReason{reason{code category avoidable} customers lostValue{amount} share}"
      + " byCategory{category customers lostValue{amount} share}"
      + " byValueTier{valueTier customers lostValue{amount} share}"
      + " byTenureBand{tenureBand customers lostValue{amount} share}"
      + " trend(interval:WEEK){start end customersLost lostValue{amount} avoidable}}}";
  static final String FLOW = "query($from:Date!,$to:Date!,$interval:Interval!){customerFlow(from:$from,to:$to,"
      + "interval:$interval){start end startingCustomers acquired wonBack lost lapsed endingCustomers churnRate"
      + " lostValue{amount currency} revenueGained{amount currency}}}";

  private static GraphQLClient api;

  /**
   * Five paying customers with distinct revenues (10, 20, 30, 40, 50: percentile ranks 0, 20, 40, 60, 80, so LOW,
   * LOW, LOW, MEDIUM, HIGH) in every tenure band, and a prospect. Two of them leave in June.
   */
  @BeforeAll
  static void aSmallCustomerBase() {
    api = new GraphQLClient(TestServer.newTenantKey());
    api.ok(UPSERT, in(new JsonArray().add(customer("prospect"))));
    customerWithPurchases(api, "new", "10", "2026-06-01");
    customerWithPurchases(api, "active", "20", "2026-01-10");
    api.ok(UPSERT, in(new JsonArray().add(customer("veteran"))));
    api.ok(PURCHASES, in(new JsonArray().add(purchase("veteran", "v-1", "2025-01-10T12:00:00Z", "10"))
        .add(purchase("veteran", "v-2", "2025-09-01T12:00:00Z", "20"))));
    customerWithPurchases(api, "inactive", "40", "2022-01-10");
    customerWithPurchases(api, "big", "25", "2026-05-01", "2026-05-20");
    api.ok(DEFECTION, in(defection("big", "2026-06-10T09:00:00Z", "TOO_EXPENSIVE").put("lostAnnualValue", "300")));
    api.ok(DEFECTION, in(defection("veteran", "2026-06-12T09:00:00Z", "MOVED_OR_CLOSED")));
    // a detractor who is not satisfied, half a year after their only purchase: health 32, AT_RISK
    api.ok(SURVEYS, in(new JsonArray().add(new JsonObject().put("customerExternalId", "active").put("surveyId", "nps")
        .put("sentAt", "2026-06-01T09:00:00Z").put("respondedAt", "2026-06-01T10:00:00Z")
        .put("likelihoodToRecommend", 2).put("satisfied", false))));
  }

  @Test
  void theMatrixHasAllTwentyFiveCellsWithEachCustomerInTheirTierAndTenure() {
    JsonObject matrix = api.ok(MATRIX).getJsonObject("segmentMatrix");
    assertEquals("2026-06-15T12:00:00Z", matrix.getString("asOf").replace(".000", ""));
    JsonArray cells = matrix.getJsonArray("cells");
    assertEquals(25, cells.size());
    List<String> expected = List.of(
        "TOP NONE 0 0 0 0", "TOP FIRST_90_DAYS 0 0 0 0", "TOP UNDER_1_YEAR 0 0 0 0", "TOP ONE_TO_3_YEARS 0 0 0 0",
        "TOP OVER_3_YEARS 0 0 0 0",
        "HIGH NONE 0 0 0 0", "HIGH FIRST_90_DAYS 1 50 0 1", "HIGH UNDER_1_YEAR 0 0 0 0",
        "HIGH ONE_TO_3_YEARS 0 0 0 0", "HIGH OVER_3_YEARS 0 0 0 0",
        "MEDIUM NONE 0 0 0 0", "MEDIUM FIRST_90_DAYS 0 0 0 0", "MEDIUM UNDER_1_YEAR 0 0 0 0",
        "MEDIUM ONE_TO_3_YEARS 0 0 0 0", "MEDIUM OVER_3_YEARS 1 40 0 0",
        "LOW NONE 0 0 0 0", "LOW FIRST_90_DAYS 1 10 0 0", "LOW UNDER_1_YEAR 1 20 1 0", "LOW ONE_TO_3_YEARS 1 30 0 1",
        "LOW OVER_3_YEARS 0 0 0 0",
        "NONE NONE 1 0 0 0", "NONE FIRST_90_DAYS 0 0 0 0", "NONE UNDER_1_YEAR 0 0 0 0", "NONE ONE_TO_3_YEARS 0 0 0 0",
        "NONE OVER_3_YEARS 0 0 0 0");
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      JsonObject cell = cells.getJsonObject(i);
      JsonObject revenue = cell.getJsonObject("revenue");
      assertEquals("EUR", revenue.getString("currency"));
      actual.add(cell.getString("valueTier") + " " + cell.getString("tenureBand") + " " + cell.getInteger("customers")
          + " " + new java.math.BigDecimal(String.valueOf(revenue.getValue("amount"))).stripTrailingZeros()
          .toPlainString() + " " + cell.getInteger("atRisk") + " " + cell.getInteger("lost"));
    }
    assertEquals(expected, actual);
  }

  @Test
  void theSummaryValuesARecordedLossAtItsYearlyValueAndAnUnrecordedOneAtTheLastYearsRevenue() {
    JsonObject summary = api.ok(SUMMARY, range("2026-06-01", "2026-06-15")).getJsonObject("defectionSummary");

    assertEquals("2026-06-01", summary.getString("from"));
    assertEquals(2, summary.getInteger("customersLost"));
    // big: 300 as recorded; veteran: nothing recorded, revenue of 2025-06-13..2026-06-12 is the purchase of 1 September
    assertAmount("320", summary.getJsonObject("lostValue"));
    assertEquals(0.5, summary.getDouble("avoidableShare"));
    JsonArray reasons = summary.getJsonArray("byReason");
    assertEquals("TOO_EXPENSIVE", reasons.getJsonObject(0).getJsonObject("reason").getString("code"));
    assertAmount("300", reasons.getJsonObject(0).getJsonObject("lostValue"));
    assertEquals(0.5, reasons.getJsonObject(0).getDouble("share"));
    assertEquals("MOVED_OR_CLOSED", reasons.getJsonObject(1).getJsonObject("reason").getString("code"));
    assertAmount("20", reasons.getJsonObject(1).getJsonObject("lostValue"));
    JsonArray categories = summary.getJsonArray("byCategory");
    assertEquals(2, categories.size());
    assertEquals("PRICE", categories.getJsonObject(0).getString("category"));
    assertEquals("NO_LONGER_NEEDED", categories.getJsonObject(1).getString("category"));
    // as they were when they left: big was HIGH and 40 days a customer, veteran LOW and 518 days
    assertEquals(List.of("TOP 0", "HIGH 1", "MEDIUM 0", "LOW 1", "NONE 0"),
        counts(summary.getJsonArray("byValueTier"), "valueTier"));
    assertEquals(List.of("NONE 0", "FIRST_90_DAYS 1", "UNDER_1_YEAR 0", "ONE_TO_3_YEARS 1", "OVER_3_YEARS 0"),
        counts(summary.getJsonArray("byTenureBand"), "tenureBand"));
    JsonArray weeks = summary.getJsonArray("trend");
    assertEquals(3, weeks.size());
    assertEquals("2026-06-08", weeks.getJsonObject(1).getString("start"));
    assertEquals("2026-06-14", weeks.getJsonObject(1).getString("end"));
    assertEquals(2, weeks.getJsonObject(1).getInteger("customersLost"));
    assertEquals(1, weeks.getJsonObject(1).getInteger("avoidable"));
    assertEquals(0, weeks.getJsonObject(2).getInteger("customersLost"));
  }

  @Test
  void aRangeEndingBeforeItStartsIsRefusedWithInvalidDateRange() {
    GraphQLClient.Response flow = api.query(FLOW, range("2026-06-15", "2026-06-01").put("interval", "MONTH"));
    assertEquals("INVALID_DATE_RANGE", flow.firstErrorCode());
    assertEquals("INVALID_DATE_RANGE", api.query(SUMMARY, range("2026-06-15", "2026-06-01")).firstErrorCode());
  }

  @Test
  void tooManyPeriodsAreRefusedWithRangeTooLarge() {
    GraphQLClient.Response flow = api.query(FLOW, range("2000-01-01", "2026-06-15").put("interval", "WEEK"));
    assertEquals("RANGE_TOO_LARGE", flow.firstErrorCode());
    JsonObject extensions = flow.errors().getJsonObject(0).getJsonObject("extensions");
    assertEquals(1000, extensions.getInteger("maxPeriods"));
    assertEquals("WEEK", extensions.getString("interval"));
    assertEquals("RANGE_TOO_LARGE", api.query(SUMMARY, range("2000-01-01", "2026-06-15")).firstErrorCode(),
        "the weekly trend of 26 years");
  }

  @Test
  void aWriteAfterAReadChangesTheNextRead() {
    GraphQLClient tenant = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(tenant, "ann", "30", "2026-06-01");
    assertEquals(0, noneCell(tenant.ok(MATRIX)));
    assertEquals(0, noneCell(tenant.ok(MATRIX)), "served again");

    tenant.ok(UPSERT, in(new JsonArray().add(customer("bob"))));
    assertEquals(1, noneCell(tenant.ok(MATRIX)));

    JsonObject june = range("2026-06-01", "2026-06-15");
    assertEquals(0, tenant.ok(SUMMARY, june).getJsonObject("defectionSummary").getInteger("customersLost"));
    tenant.ok(DEFECTION, in(defection("ann", "2026-06-14T10:00:00Z", "POOR_SERVICE")));
    assertEquals(1, tenant.ok(SUMMARY, june).getJsonObject("defectionSummary").getInteger("customersLost"));
  }

  /**
   * Needs the ledger maintenance from main: in the analytics branch alone no code writes customer_flow_event yet, so
   * this test fails there (acquired stays 0) until the two branches are merged.
   */
  @Test
  void theFlowCountsCustomersAcquiredByTheirFirstPurchaseAndBalancesEveryPeriod() {
    GraphQLClient tenant = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(tenant, "feb", "10", "2026-02-10", "2026-04-01");
    customerWithPurchases(tenant, "mar1", "20", "2026-03-05");
    customerWithPurchases(tenant, "mar2", "30", "2026-03-20");

    JsonArray months = tenant.ok(FLOW, range("2026-01-01", "2026-06-15").put("interval", "MONTH"))
        .getJsonArray("customerFlow");

    assertEquals(6, months.size());
    assertEquals("2026-06-15", months.getJsonObject(5).getString("end"));
    assertEquals(0, months.getJsonObject(0).getInteger("startingCustomers"));
    List<Integer> acquired = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      JsonObject month = months.getJsonObject(i);
      acquired.add(month.getInteger("acquired"));
      assertEquals(month.getInteger("startingCustomers") + month.getInteger("acquired") + month.getInteger("wonBack")
          - month.getInteger("lost") - month.getInteger("lapsed"), month.getInteger("endingCustomers"), month.encode());
      if (i > 0) {
        assertEquals(months.getJsonObject(i - 1).getInteger("endingCustomers"), month.getInteger("startingCustomers"));
      }
    }
    assertEquals(List.of(0, 1, 2, 0, 0, 0), acquired,
        "customer_flow_event is written by the ledger maintenance merged from main; without it nothing is acquired");
  }

  private static JsonObject range(String from, String to) {
    return new JsonObject().put("from", from).put("to", to);
  }

  private static int noneCell(JsonObject data) {
    JsonArray cells = data.getJsonObject("segmentMatrix").getJsonArray("cells");
    return cells.getJsonObject(20).getInteger("customers");
  }

  private static List<String> counts(JsonArray shares, String key) {
    List<String> counts = new ArrayList<>();
    shares.forEach(s -> counts.add(((JsonObject) s).getString(key) + " " + ((JsonObject) s).getInteger("customers")));
    return counts;
  }
}

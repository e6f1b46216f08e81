package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.refusal;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.RecordPurchasesUseCase.Command;
import io.customerintel.application.port.in.RecordPurchasesUseCase.Item;
import io.customerintel.application.port.in.RecordPurchasesUseCase.Result;
import io.customerintel.application.port.in.UserError;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.purchase.Purchase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PurchaseIngestionServiceTest {
  static final Instant AT = Instant.parse("2025-03-01T12:00:00Z");

  Fakes fakes;
  PurchaseIngestionService service;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    fakes.store.seedCustomer(TENANT_ID, "c1");
    fakes.store.seedCustomer(TENANT_ID, "c2");
    service = new PurchaseIngestionService(fakes.customers, fakes.ledger, Fakes.CLOCK, fakes.changes);
  }

  static Item valid(String externalId) {
    return new Item("c1", externalId, AT, new BigDecimal("19.99"), 2);
  }

  Result record(AuthenticatedTenant tenant, Item... items) {
    return await(service.recordPurchases(new Command(tenant, Arrays.asList(items))));
  }

  Result record(Item... items) {
    return record(tenant(), items);
  }

  @Test
  void validPurchasesAreStoredForTheirCustomers() {
    Result result = record(valid("p1"), new Item("c2", "p2", AT, BigDecimal.TEN, null));
    assertEquals(new Result(2, 0, List.of()), result);
    List<Purchase> stored = fakes.store.purchases(TENANT_ID);
    assertEquals(List.of("p1", "p2"), stored.stream().map(Purchase::externalId).toList());
    assertEquals(2, stored.get(0).quantity());
    assertEquals(1, stored.get(1).quantity(), "quantity defaults to 1");
    Customer c1 = fakes.store.customer(TENANT_ID, "c1").orElseThrow();
    assertEquals(1, c1.facts().purchaseCount());
    assertEquals(0, new BigDecimal("19.99").compareTo(c1.facts().revenue()));
  }

  @Test
  void aBatchOf1000PurchasesIsAccepted() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      items.add(valid("p" + i));
    }
    assertEquals(1000, await(service.recordPurchases(new Command(tenant(), items))).recorded());
  }

  @Test
  void aBatchOf1001PurchasesIsRefusedWholeAndNothingIsStored() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      items.add(valid("p" + i));
    }
    UseCaseException e = refusal(() -> service.recordPurchases(new Command(tenant(), items)));
    assertEquals(ErrorCodes.BATCH_TOO_LARGE, e.code());
    assertEquals(Map.of("maxItems", 1000, "items", 1001), e.details());
    assertTrue(fakes.store.purchases(TENANT_ID).isEmpty());
    assertTrue(fakes.ledger.recorded.isEmpty());
  }

  @Test
  void aMissingBatchOrAMissingItemIsBadUserInput() {
    assertEquals(ErrorCodes.BAD_USER_INPUT, refusal(() -> service.recordPurchases(new Command(tenant(), null))).code());
    assertEquals(ErrorCodes.BAD_USER_INPUT,
        refusal(() -> service.recordPurchases(new Command(tenant(), Arrays.asList(valid("p1"), null)))).code());
    assertTrue(fakes.store.purchases(TENANT_ID).isEmpty());
  }

  static Stream<Arguments> badItems() {
    BigDecimal ten = BigDecimal.TEN;
    return Stream.of(
        Arguments.of(new Item(null, "p", AT, ten, 1), "customerExternalId", "REQUIRED"),
        Arguments.of(new Item(" ", "p", AT, ten, 1), "customerExternalId", "REQUIRED"),
        Arguments.of(new Item("c1", null, AT, ten, 1), "externalId", "REQUIRED"),
        Arguments.of(new Item("c1", "p".repeat(256), AT, ten, 1), "externalId", "TOO_LONG"),
        Arguments.of(new Item("c1", "p\u0007", AT, ten, 1), "externalId", "INVALID_FORMAT"),
        Arguments.of(new Item("c1", "p", null, ten, 1), "occurredAt", "REQUIRED"),
        Arguments.of(new Item("c1", "p", NOW.plus(Duration.ofDays(1)).plusSeconds(1), ten, 1), "occurredAt", "IN_FUTURE"),
        Arguments.of(new Item("c1", "p", AT, null, 1), "amount", "REQUIRED"),
        Arguments.of(new Item("c1", "p", AT, new BigDecimal("-0.01"), 1), "amount", "INVALID_AMOUNT"),
        Arguments.of(new Item("c1", "p", AT, new BigDecimal("1000000000000"), 1), "amount", "INVALID_AMOUNT"),
        Arguments.of(new Item("c1", "p", AT, new BigDecimal("0.0000001"), 1), "amount", "INVALID_AMOUNT"),
        Arguments.of(new Item("c1", "p", AT, ten, 0), "quantity", "OUT_OF_RANGE"),
        Arguments.of(new Item("c1", "p", AT, ten, 1_000_001), "quantity", "OUT_OF_RANGE"),
        Arguments.of(new Item("nobody", "p", AT, ten, 1), "customerExternalId", "UNKNOWN_CUSTOMER"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("badItems")
  void aBadItemIsReportedWithItsIndexFieldAndCodeWhileTheOthersAreStored(Item bad, String field, String code) {
    Result result = record(valid("ok0"), valid("ok1"), bad, valid("ok3"));
    assertEquals(1, result.userErrors().size(), result.userErrors().toString());
    UserError error = result.userErrors().get(0);
    assertEquals(2, error.index());
    assertEquals(List.of(field), error.field());
    assertEquals(code, error.code());
    assertEquals(3, result.recorded());
    assertEquals(List.of("ok0", "ok1", "ok3"), fakes.store.purchases(TENANT_ID).stream().map(Purchase::externalId).toList());
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    Result result = record(
        new Item("c1", "k".repeat(255), NOW.plus(Duration.ofDays(1)), new BigDecimal("999999999999.999999"), 1_000_000),
        new Item("c1", "zero", AT, BigDecimal.ZERO, 1));
    assertEquals(new Result(2, 0, List.of()), result);
  }

  @Test
  void everyProblemOfAnItemIsReported() {
    Result result = record(new Item(null, "", null, new BigDecimal("-1"), 0));
    assertEquals(List.of("customerExternalId", "externalId", "occurredAt", "amount", "quantity"),
        result.userErrors().stream().map(e -> e.field().get(0)).toList());
    assertTrue(result.userErrors().stream().allMatch(e -> e.index() == 0));
    assertTrue(fakes.ledger.recorded.isEmpty(), "nothing valid, nothing sent to the ledger");
  }

  @Test
  void errorsComeInBatchOrderEvenWhenUnknownCustomersAreFoundLater() {
    Result result = record(new Item("ghost", "p0", AT, BigDecimal.ONE, 1), valid("p1"),
        new Item("c1", "p2", AT, new BigDecimal("-1"), 1), new Item("ghost", "p3", AT, BigDecimal.ONE, 1));
    assertEquals(List.of(0, 2, 3), result.userErrors().stream().map(UserError::index).toList());
    assertEquals(List.of("UNKNOWN_CUSTOMER", "INVALID_AMOUNT", "UNKNOWN_CUSTOMER"),
        result.userErrors().stream().map(UserError::code).toList());
    assertEquals(1, result.recorded());
  }

  @Test
  void aBatchOfOnlyUnknownCustomersStoresNothing() {
    Result result = record(new Item("ghost", "p0", AT, BigDecimal.ONE, 1));
    assertEquals(0, result.recorded());
    assertTrue(fakes.ledger.recorded.isEmpty());
  }

  @Test
  void customersOfAnotherTenantAreUnknown() {
    fakes.store.seedCustomer(Fakes.OTHER_TENANT_ID, "theirs");
    Result result = record(new Item("theirs", "p0", AT, BigDecimal.ONE, 1));
    assertEquals("UNKNOWN_CUSTOMER", result.userErrors().get(0).code());
  }

  @Test
  void sendingAPurchaseAgainCountsItAsADuplicateAndChangesNothing() {
    record(valid("p1"), valid("p2"));
    Customer before = fakes.store.customer(TENANT_ID, "c1").orElseThrow();
    Result again = record(valid("p1"), valid("p2"), valid("p3"));
    assertEquals(new Result(1, 2, List.of()), again);
    assertEquals(3, fakes.store.customer(TENANT_ID, "c1").orElseThrow().facts().purchaseCount());
    assertEquals(2, before.facts().purchaseCount());
  }

  @Test
  void theSameExternalIdTwiceInOneBatchIsStoredOnceAndCountedAsADuplicate() {
    assertEquals(new Result(1, 1, List.of()), record(valid("p1"), valid("p1")));
  }

  @Test
  void thePurchaseDayIsTheCalendarDayInTheTenantsTimeZone() {
    AuthenticatedTenant newYork = Fakes.tenantIn(ZoneId.of("America/New_York"));
    record(newYork, new Item("c1", "late", Instant.parse("2025-03-01T23:30:00Z"), BigDecimal.ONE, 1),
        new Item("c1", "early", Instant.parse("2025-03-02T00:30:00Z"), BigDecimal.ONE, 1));
    List<LocalDate> days = fakes.ledger.recorded.get(0).stream().map(p -> p.day()).toList();
    assertEquals(List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)), days);
    Customer c1 = fakes.store.customer(TENANT_ID, "c1").orElseThrow();
    assertEquals(2, c1.facts().purchaseCount());
    assertEquals(1, c1.facts().purchaseDays(), "one buying occasion on the tenant's calendar");
  }

  @Test
  void inUtcTheSamePurchasesFallOnTwoDays() {
    record(new Item("c1", "late", Instant.parse("2025-03-01T23:30:00Z"), BigDecimal.ONE, 1),
        new Item("c1", "early", Instant.parse("2025-03-02T00:30:00Z"), BigDecimal.ONE, 1));
    assertEquals(2, fakes.store.customer(TENANT_ID, "c1").orElseThrow().facts().purchaseDays());
  }

  @Test
  void theLedgerDerivesFactsWithTheTenantsLifecyclePolicy() {
    LifecyclePolicy custom = new LifecyclePolicy(30, 60, 30, 120, 2);
    record(Fakes.tenantWith(custom), valid("p1"));
    assertEquals(List.of(custom), fakes.ledger.policies);
  }
}

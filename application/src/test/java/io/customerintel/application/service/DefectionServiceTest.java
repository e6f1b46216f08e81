package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.in.RecordDefectionUseCase.Command;
import io.customerintel.application.port.in.RecordDefectionUseCase.Result;
import io.customerintel.application.port.in.RecordPurchasesUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionCategory;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.value.ValueTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefectionServiceTest {
  static final Instant AT = Instant.parse("2025-03-10T12:00:00Z");

  Fakes fakes;
  DefectionService service;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    fakes.store.seedCustomer(TENANT_ID, "c1");
    service = new DefectionService(fakes.customers, fakes.defections, fakes.reasons, fakes.ranking, Fakes.CLOCK, fakes.changes);
  }

  Result record(String customer, Instant at, String reason) {
    return await(service.recordDefection(new Command(tenant(), customer, at, reason, "detail", "Globex",
        new BigDecimal("1200"))));
  }

  static List<String> codes(Result result) {
    return result.userErrors().stream().map(UserError::code).toList();
  }

  @Test
  void aDefectionWithAKnownCustomerAndReasonIsStored() {
    Result result = record("c1", AT, "TOO_EXPENSIVE");
    assertEquals(List.of(), result.userErrors());
    Defection stored = result.defection().orElseThrow();
    assertEquals("TOO_EXPENSIVE", stored.reasonCode());
    assertEquals(fakes.store.customer(TENANT_ID, "c1").orElseThrow().id(), stored.customerId());
    assertEquals(List.of(stored), fakes.store.defections(TENANT_ID));
  }

  @Test
  void aBuyerWhoDefectsIsLostAfterwards() {
    new PurchaseIngestionService(fakes.customers, fakes.ledger, Fakes.CLOCK, fakes.changes).recordPurchases(
        new RecordPurchasesUseCase.Command(tenant(), List.of(
            new RecordPurchasesUseCase.Item("c1", "p1", AT.minusSeconds(86_400), BigDecimal.TEN, 1))));
    record("c1", AT, "POOR_SERVICE");
    var facts = fakes.store.customer(TENANT_ID, "c1").orElseThrow().facts();
    assertEquals(AT, facts.latestDefectionAt());
    assertEquals(LifecycleStage.LOST, tenant().lifecyclePolicy().stageOn(facts, NOW.atZone(tenant().zone()).toLocalDate()));
  }

  @Test
  void theCustomersValueTierWhenTheyLeftIsStoredWithTheDefection() {
    fakes.store.seedCustomer(TENANT_ID, "c2");
    PurchaseIngestionService purchases = new PurchaseIngestionService(fakes.customers, fakes.ledger, Fakes.CLOCK,
        fakes.changes);
    await(purchases.recordPurchases(new RecordPurchasesUseCase.Command(tenant(), List.of(
        new RecordPurchasesUseCase.Item("c1", "p1", AT.minusSeconds(86_400), new BigDecimal("10"), 1),
        new RecordPurchasesUseCase.Item("c2", "p2", AT.minusSeconds(86_400), new BigDecimal("90"), 1)))));

    record("c2", AT, "POOR_SERVICE");

    // two paying customers: the larger revenue has 50 % below it
    assertEquals(ValueTier.MEDIUM, fakes.defections.recorded.get(0).valueTier());
    assertEquals(List.of(TENANT_ID, TENANT_ID), fakes.changes.changed, "the purchases, then the defection");
  }

  @Test
  void anUnknownReasonIsReportedAndNothingStored() {
    Result result = record("c1", AT, "BAD_WEATHER");
    assertEquals(List.of("UNKNOWN_REASON"), codes(result));
    UserError error = result.userErrors().get(0);
    assertEquals(List.of("reasonCode"), error.field());
    assertNull(error.index(), "a single-item mutation has no index");
    assertTrue(result.defection().isEmpty());
    assertTrue(fakes.defections.recorded.isEmpty());
  }

  @Test
  void anUnknownCustomerIsReportedAndNothingStored() {
    Result result = record("ghost", AT, "OTHER");
    assertEquals(List.of("UNKNOWN_CUSTOMER"), codes(result));
    assertEquals(List.of("customerExternalId"), result.userErrors().get(0).field());
    assertTrue(fakes.defections.recorded.isEmpty());
  }

  @Test
  void bothUnknownsAreReportedTogether() {
    assertEquals(List.of("UNKNOWN_CUSTOMER", "UNKNOWN_REASON"), codes(record("ghost", AT, "NOPE")));
  }

  @Test
  void aReasonTheTenantDefinedIsKnown() {
    fakes.store.seedReasons(TENANT_ID, List.of(new DefectionReason("LATE_DELIVERY", "Late delivery",
        DefectionCategory.SERVICE_QUALITY, true)));
    assertEquals(List.of(), record("c1", AT, "LATE_DELIVERY").userErrors());
  }

  @Test
  void anotherTenantsReasonIsUnknown() {
    fakes.store.seedReasons(Fakes.OTHER_TENANT_ID, List.of(new DefectionReason("THEIRS", "Theirs",
        DefectionCategory.OTHER, false)));
    assertEquals(List.of("UNKNOWN_REASON"), codes(record("c1", AT, "THEIRS")));
  }

  @Test
  void recordingTheSameDefectionAgainReturnsTheStoredOne() {
    Defection first = record("c1", AT, "OTHER").defection().orElseThrow();
    Defection again = record("c1", AT, "OTHER").defection().orElseThrow();
    assertEquals(first, again);
    assertEquals(1, fakes.store.defections(TENANT_ID).size());
  }

  static Stream<Arguments> badCommands() {
    return Stream.of(
        Arguments.of(new Command(tenant(), null, AT, "OTHER", null, null, null), "customerExternalId", "REQUIRED"),
        Arguments.of(new Command(tenant(), "c1", null, "OTHER", null, null, null), "occurredAt", "REQUIRED"),
        Arguments.of(new Command(tenant(), "c1", NOW.plus(Duration.ofDays(1)).plusSeconds(1), "OTHER", null, null, null),
            "occurredAt", "IN_FUTURE"),
        Arguments.of(new Command(tenant(), "c1", AT, null, null, null, null), "reasonCode", "REQUIRED"),
        Arguments.of(new Command(tenant(), "c1", AT, "OTHER", "d".repeat(10_001), null, null), "detail", "TOO_LONG"),
        Arguments.of(new Command(tenant(), "c1", AT, "OTHER", null, "c".repeat(501), null), "competitor", "TOO_LONG"),
        Arguments.of(new Command(tenant(), "c1", AT, "OTHER", null, null, new BigDecimal("-5")), "lostAnnualValue",
            "INVALID_AMOUNT"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("badCommands")
  void aBadFieldIsReportedWithoutLookingAnythingUp(Command command, String field, String code) {
    Result result = await(service.recordDefection(command));
    assertEquals(1, result.userErrors().size(), result.userErrors().toString());
    assertEquals(List.of(field), result.userErrors().get(0).field());
    assertEquals(code, result.userErrors().get(0).code());
    assertTrue(result.defection().isEmpty());
    assertTrue(fakes.defections.recorded.isEmpty());
  }

  @Test
  void noLostValueIsFine() {
    Result result = await(service.recordDefection(new Command(tenant(), "c1", AT, "OTHER", null, null, null)));
    assertEquals(List.of(), result.userErrors());
  }

  @Test
  void defectionsAreLoadedByIdAndAnEmptyRequestAsksNothing() {
    Defection stored = record("c1", AT, "OTHER").defection().orElseThrow();
    assertEquals(Map.of(stored.id(), stored), await(service.defectionsByIds(tenant(), List.of(stored.id()))));
    assertEquals(Map.of(), await(service.defectionsByIds(tenant(), List.of())));
    assertEquals(1, fakes.defections.byIdsCalls);
  }

  Result keyed(Instant at, String detail, String key) {
    return await(service.recordDefection(new Command(tenant(), "c1", at, "TOO_EXPENSIVE", detail, null, null, key)));
  }

  @Test
  void aKeySentAgainAnswersTheFirstDefectionAndWithOtherFieldsIsAConflictThatStoresNothing() {
    Defection first = keyed(AT, "price", "k1").defection().orElseThrow();
    assertEquals(first, keyed(AT, "price", "k1").defection().orElseThrow());
    Result reused = keyed(AT.plusSeconds(60), "price", "k1");
    assertEquals(List.of("IDEMPOTENCY_CONFLICT"), codes(reused));
    assertEquals(List.of("idempotencyKey"), reused.userErrors().get(0).field());
    assertEquals(List.of(first), fakes.store.defections(TENANT_ID));
  }

  @Test
  void aMalformedKeyIsRefusedBeforeAnythingIsStored() {
    assertEquals(List.of("INVALID_IDEMPOTENCY_KEY"), codes(keyed(AT, "price", "")));
    assertEquals(List.of("INVALID_IDEMPOTENCY_KEY"), codes(keyed(AT, "price", "k".repeat(256))));
    assertEquals(List.of(), fakes.store.defections(TENANT_ID));
  }
}

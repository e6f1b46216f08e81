package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.application.port.out.NewFollowUp;
import io.customerintel.application.port.out.NewSurveyResponse;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.health.HealthPoint;
import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.health.SignalCodes;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.Tenant;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every write derives and stores beside the facts: ledger lines, health, its history, and the due time. */
@ExtendWith(ScratchDatabase.class)
class CustomerDerivationTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  private List<String> ledger(CustomerId customer) {
    List<String> lines = new ArrayList<>();
    for (Row row : await(ScratchDatabase.pool().preparedQuery(
            "select day, kind, value from customer_flow_event where customer_id = $1 order by day, kind")
        .execute(Tuple.of(customer.value())).toCompletionStage())) {
      lines.add(row.getLocalDate("day") + " " + row.getString("kind") + " " + row.getBigDecimal("value").stripTrailingZeros().toPlainString());
    }
    return lines;
  }

  private Optional<Instant> dueAt(CustomerId customer) {
    var rows = await(ScratchDatabase.pool().preparedQuery("select due_at from customer_summary where customer_id = $1")
        .execute(Tuple.of(customer.value())).toCompletionStage());
    return Optional.ofNullable(rows.iterator().next().getOffsetDateTime("due_at")).map(OffsetDateTime::toInstant);
  }

  private Customer customer(Tenant tenant, CustomerId id) {
    return await(adapters.customers().byIds(tenant.id(), List.of(id))).get(id);
  }

  @Test
  void purchasesKeepTheLedgerLinesWithTheFutureLapseMovingAlong() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant first = NOW.minus(Duration.ofDays(300));
    await(adapters.purchases().record(tenant.id(), List.of(purchase(ann, "a", first, "40")), RULES, NOW));
    LocalDate firstDay = LocalDate.ofInstant(first, ZoneOffset.UTC);
    assertEquals(List.of(firstDay + " ACQUIRED 40", firstDay.plusDays(183) + " LAPSED 40"), ledger(ann));

    Instant back = NOW.minus(Duration.ofDays(10));
    await(adapters.purchases().record(tenant.id(), List.of(purchase(ann, "b", back, "5")), RULES, NOW));
    LocalDate backDay = LocalDate.ofInstant(back, ZoneOffset.UTC);
    assertEquals(List.of(firstDay + " ACQUIRED 40", firstDay.plusDays(183) + " LAPSED 40", backDay + " WON_BACK 5",
        backDay.plusDays(183) + " LAPSED 5"), ledger(ann));
  }

  @Test
  void aDefectionIsALedgerLineWithItsValue() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant bought = NOW.minus(Duration.ofDays(30));
    await(adapters.purchases().record(tenant.id(), List.of(purchase(ann, "a", bought, "40")), RULES, NOW));
    Instant left = NOW.minus(Duration.ofDays(2));
    await(adapters.defections().record(tenant.id(), new NewDefection(ann, left, "OTHER", null, null,
        new BigDecimal("900")), RULES, NOW));
    assertEquals(List.of(LocalDate.ofInstant(bought, ZoneOffset.UTC) + " ACQUIRED 40",
        LocalDate.ofInstant(left, ZoneOffset.UTC) + " LOST 900"), ledger(ann));
  }

  @Test
  void writesStoreHealthAndItsChangesAndWhenTimeWillNextChangeIt() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    assertTrue(dueAt(ann).orElseThrow().isBefore(NOW), "a new customer is due at once");
    Instant bought = NOW.minus(Duration.ofDays(1));
    await(adapters.purchases().record(tenant.id(), List.of(purchase(ann, "a", bought, "40")), RULES, NOW));

    Customer stored = customer(tenant, ann);
    assertNotNull(stored.health());
    LocalDate day = LocalDate.ofInstant(bought, ZoneOffset.UTC);
    assertEquals(Optional.of(day.plusDays(91).atStartOfDay(ZoneOffset.UTC).toInstant()), dueAt(ann),
        "one purchase day: recency halves after the default gap of 90 days");
    Map<CustomerId, List<HealthPoint>> line = await(adapters.healthHistory().since(tenant.id(), List.of(ann),
        NOW.minus(Duration.ofDays(5))));
    assertEquals(1, line.get(ann).size());
    assertEquals(NOW, line.get(ann).get(0).at());
    assertEquals(stored.health().score(), line.get(ann).get(0).score());
  }

  @Test
  void aCatchUpReplaysTimeDrivenChangesAtTheirInstantsAndAnswersTheNextOne() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant bought = NOW.minus(Duration.ofDays(1));
    await(adapters.purchases().record(tenant.id(), List.of(purchase(ann, "a", bought, "40")), RULES, NOW));
    LocalDate day = LocalDate.ofInstant(bought, ZoneOffset.UTC);
    Instant later = NOW.plus(Duration.ofDays(200));

    Optional<Instant> next = await(adapters.catchUp().catchUp(tenant.id(), RULES, later));

    Customer caughtUp = customer(tenant, ann);
    assertTrue(caughtUp.health().has(SignalCodes.OVERDUE_PURCHASE));
    List<Instant> changes = await(adapters.healthHistory().since(tenant.id(), List.of(ann), NOW)).get(ann).stream()
        .map(HealthPoint::at).toList();
    assertEquals(List.of(NOW, day.plusDays(91).atStartOfDay(ZoneOffset.UTC).toInstant(),
        day.plusDays(181).atStartOfDay(ZoneOffset.UTC).toInstant()), changes);
    assertEquals(Optional.empty(), next, "nothing changes by time alone any more");
    assertEquals(Optional.empty(), dueAt(ann));
    assertEquals(Optional.empty(), await(adapters.catchUp().catchUp(tenant.id(), RULES, later)));
  }

  @Test
  void aCatchUpDerivesCustomersNeverAssessed() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 3);
    assertNull(customer(tenant, ids.get(0)).health());
    await(adapters.catchUp().catchUp(tenant.id(), RULES, NOW));
    for (CustomerId id : ids) {
      assertEquals(HealthPolicy.NO_EVIDENCE_SCORE, customer(tenant, id).health().score());
    }
  }

  @Test
  void aFollowUpAnswersTheContactRequestAndIsStoredOnce() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant asked = NOW.minus(Duration.ofDays(5));
    await(adapters.surveyResponses().upsert(tenant.id(), List.of(new NewSurveyResponse(ann, "s1",
        asked.minusSeconds(60), asked, null, null, null, true, "call me")), RULES, NOW));
    assertTrue(customer(tenant, ann).health().has(SignalCodes.UNANSWERED_CONTACT_REQUEST));

    NewFollowUp call = new NewFollowUp(ann, asked.plus(Duration.ofHours(3)), "Bea", "called back");
    var first = await(adapters.followUps().record(tenant.id(), call, RULES, NOW));
    var again = await(adapters.followUps().record(tenant.id(), call, RULES, NOW));
    assertEquals(first, again);
    assertFalse(customer(tenant, ann).health().has(SignalCodes.UNANSWERED_CONTACT_REQUEST));
  }

  @Test
  void aNewHealthModelIsStoredAndEveryCustomerIsRejudgedByIt() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    await(adapters.catchUp().catchUp(tenant.id(), RULES, NOW));
    assertEquals(HealthBand.NEUTRAL, customer(tenant, ann).health().band());

    HealthPolicy strict = new HealthPolicy(0.3, 0.2, 0.25, 0.1, 0.15, 0, 90, 80, 60, 30, Duration.ofHours(4), 60, 0.7);
    await(adapters.tenants().saveHealthModel(tenant.id(), strict));
    Tenant reloaded = await(adapters.tenants().findByName(tenant.name())).orElseThrow();
    assertEquals(strict, reloaded.healthPolicy());
    assertTrue(dueAt(ann).orElseThrow().isBefore(NOW));

    await(adapters.catchUp().catchUp(tenant.id(), reloaded.rules(), NOW));
    assertEquals(HealthBand.CRITICAL, customer(tenant, ann).health().band(), "50 is below the new at-risk line");
    List<HealthPoint> line = await(adapters.healthHistory().since(tenant.id(), List.of(ann),
        NOW.minus(Duration.ofDays(1)))).get(ann);
    assertEquals(HealthBand.CRITICAL, line.get(line.size() - 1).band());
    assertEquals(NOW, line.get(line.size() - 1).at(), "a model change is recorded when made, not replayed");
  }

  @Test
  void theHealthLineStartsWithThePointInEffect() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant bought = NOW.minus(Duration.ofDays(1));
    await(adapters.purchases().record(tenant.id(), List.of(purchase(ann, "a", bought, "40")), RULES, NOW));
    Instant later = NOW.plus(Duration.ofDays(200));
    await(adapters.catchUp().catchUp(tenant.id(), RULES, later));

    List<HealthPoint> recent = await(adapters.healthHistory().since(tenant.id(), List.of(ann),
        later.minus(Duration.ofDays(10)))).get(ann);
    assertEquals(1, recent.size(), "only the point in effect: nothing changed in the last ten days");
    assertTrue(recent.get(0).signalCodes().contains(SignalCodes.OVERDUE_PURCHASE));
    assertEquals(recent.get(0), await(adapters.healthHistory().pointsAt(tenant.id(), List.of(ann), later)).get(ann));
    assertTrue(await(adapters.healthHistory().pointsAt(tenant.id(), List.of(ann), NOW.minusSeconds(1))).isEmpty());
  }

  @Test
  void rulesOfAnotherZoneDoNotLeakIntoTheStore() {
    // the tenant's rules travel with every call; nothing stored assumes UTC
    CustomerRules auckland = new CustomerRules(java.time.ZoneId.of("Pacific/Auckland"), RULES.lifecycle(),
        RULES.health());
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant bought = Instant.parse("2025-03-15T12:00:00Z"); // already 16 March in Auckland
    await(adapters.purchases().record(tenant.id(), List.of(new io.customerintel.application.port.out.NewPurchase(ann,
        "a", bought, LocalDate.of(2025, 3, 16), new BigDecimal("10"), 1)), auckland, NOW));
    assertEquals(List.of("2025-03-16 ACQUIRED 10", "2025-09-15 LAPSED 10"), ledger(ann));
  }
}

package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.POLICY;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.TODAY;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.expectedFacts;
import static io.customerintel.adapters.postgres.PgFixture.failure;
import static io.customerintel.adapters.postgres.PgFixture.normalized;
import static io.customerintel.adapters.postgres.PgFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.CustomerSearch;
import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenant.Tenant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class DefectionRepositoryTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  private List<Long> inStage(Tenant tenant, LifecycleStage stage) {
    CustomerSearch search = new CustomerSearch(tenant.id(), TODAY, Set.of(stage), null, null,
        new CustomerSort(CustomerSort.Field.EXTERNAL_ID, false), null, 100);
    return await(adapters.customers().search(search)).stream().map(row -> row.item().id().value()).toList();
  }

  @Test
  void aDefectionAfterTheLastPurchaseMakesTheCustomerLost() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 2);
    CustomerId ann = ids.get(0);
    NewPurchase bought = purchase(ann, "o-1", NOW.minus(Duration.ofDays(20)), "99.90");
    await(adapters.purchases().record(tenant.id(), List.of(bought), RULES, NOW));
    assertEquals(List.of(ann.value()), inStage(tenant, LifecycleStage.NEW));

    Instant left = NOW.minus(Duration.ofDays(2));
    Defection defection = await(adapters.defections().record(tenant.id(),
        new NewDefection(ann, left, "TOO_EXPENSIVE", "found it cheaper", "Rival Inc", new BigDecimal("1200")), RULES, NOW));

    assertEquals(List.of(ann.value()), inStage(tenant, LifecycleStage.LOST));
    assertEquals(List.of(), inStage(tenant, LifecycleStage.NEW));
    Customer stored = await(adapters.customers().byIds(tenant.id(), List.of(ann))).get(ann);
    assertEquals(normalized(expectedFacts(List.of(bought), left)), stored.facts());
    assertEquals(defection.id(), stored.latestDefectionId());
    assertEquals(List.of(ids.get(1).value()), inStage(tenant, LifecycleStage.PROSPECT));
  }

  @Test
  void aPurchaseAfterTheDefectionWinsTheCustomerBack() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    NewPurchase first = purchase(ann, "o-1", NOW.minus(Duration.ofDays(60)), "10");
    await(adapters.purchases().record(tenant.id(), List.of(first), RULES, NOW));
    Instant left = NOW.minus(Duration.ofDays(30));
    await(adapters.defections().record(tenant.id(), new NewDefection(ann, left, "OTHER", null, null, null), RULES, NOW));
    NewPurchase back = purchase(ann, "o-2", NOW.minus(Duration.ofDays(5)), "10");
    await(adapters.purchases().record(tenant.id(), List.of(back), RULES, NOW));

    assertEquals(List.of(ann.value()), inStage(tenant, LifecycleStage.WON_BACK));
    Customer stored = await(adapters.customers().byIds(tenant.id(), List.of(ann))).get(ann);
    assertEquals(normalized(expectedFacts(List.of(first, back), left)), stored.facts());
  }

  @Test
  void recordingTheSameDefectionAgainReturnsTheStoredOne() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    NewDefection defection = new NewDefection(ann, NOW.minus(Duration.ofDays(1)), "POOR_SERVICE", "rude", null, null);
    Defection first = await(adapters.defections().record(tenant.id(), defection, RULES, NOW));
    Defection again = await(adapters.defections().record(tenant.id(),
        new NewDefection(ann, defection.occurredAt(), "POOR_SERVICE", "different detail", null, null), RULES, NOW));

    assertEquals(first, again);
    assertEquals(Map.of(first.id(), first), await(adapters.defections().byIds(tenant.id(), List.of(first.id()))));
    assertEquals(first.id(), await(adapters.customers().byIds(tenant.id(), List.of(ann))).get(ann).latestDefectionId());
  }

  @Test
  void theLatestDefectionIsTheLatestInTimeWhateverTheOrderOfRecording() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Defection later = await(adapters.defections().record(tenant.id(),
        new NewDefection(ann, NOW.minus(Duration.ofDays(1)), "OTHER", null, null, null), RULES, NOW));
    await(adapters.defections().record(tenant.id(),
        new NewDefection(ann, NOW.minus(Duration.ofDays(9)), "OTHER", null, null, null), RULES, NOW));

    Customer stored = await(adapters.customers().byIds(tenant.id(), List.of(ann))).get(ann);
    assertEquals(later.id(), stored.latestDefectionId());
    assertEquals(later.occurredAt(), stored.facts().latestDefectionAt());
  }

  @Test
  void anotherTenantsCustomerOrDefectionIsNotFound() {
    Tenant mine = PgFixture.newTenant(adapters);
    Tenant theirs = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, mine.id(), 1).get(0);
    Defection defection = await(adapters.defections().record(mine.id(),
        new NewDefection(ann, NOW.minus(Duration.ofDays(1)), "OTHER", null, null, null), RULES, NOW));

    assertEquals(Map.of(), await(adapters.defections().byIds(theirs.id(), List.of(defection.id()))));
    UseCaseException e = failure(UseCaseException.class, adapters.defections().record(theirs.id(),
        new NewDefection(ann, NOW.minus(Duration.ofDays(3)), "OTHER", null, null, null), RULES, NOW));
    assertEquals(ErrorCodes.NOT_FOUND, e.code());
  }

  @Test
  void anUnknownReasonIsBadInput() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    UseCaseException e = failure(UseCaseException.class, adapters.defections().record(tenant.id(),
        new NewDefection(ann, NOW.minus(Duration.ofDays(3)), "NO_SUCH_REASON", null, null, null), RULES, NOW));
    assertEquals(ErrorCodes.BAD_USER_INPUT, e.code());
  }
}

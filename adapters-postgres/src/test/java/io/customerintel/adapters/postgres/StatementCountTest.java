package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.POLICY;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.TODAY;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.CustomerSearch;
import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.application.port.out.NewSurveyResponse;
import io.customerintel.application.port.out.PageRequest;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.purchase.PurchaseId;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.validation.IdempotencyKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A page, a lookup by ids or a batch costs the same number of statements whatever its size. */
@ExtendWith(ScratchDatabase.class)
class StatementCountTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  private long statements(Supplier<?> work) {
    long before = adapters.statementsExecuted();
    work.get();
    return adapters.statementsExecuted() - before;
  }

  @Test
  void aPageCostsAConstantNumberOfStatements() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> customers = PgFixture.customers(adapters, tenant.id(), 120);
    List<NewPurchase> purchases = new ArrayList<>();
    List<NewSurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < customers.size(); i++) {
      for (int j = 0; j < 3; j++) {
        purchases.add(purchase(customers.get(i), "p-" + i + "-" + j, NOW.minus(Duration.ofDays(1 + i + j * 50)), "3"));
      }
      responses.add(new NewSurveyResponse(customers.get(i), "s", NOW.minus(Duration.ofDays(2)), null, null, null, null,
          null, null));
    }
    long small = statements(() -> await(adapters.purchases().record(tenant.id(), purchases.subList(0, 9), RULES, NOW)));
    long large = statements(() -> await(adapters.purchases().record(tenant.id(), purchases.subList(9, purchases.size()), RULES, NOW)));
    assertEquals(7, small, "insert, lock, load history, load engagement, store facts, store ledger, store health changes");
    assertEquals(small, large);
    assertEquals(7, statements(() -> await(adapters.surveyResponses().upsert(tenant.id(), responses, RULES, NOW))),
        "upsert, then the six of re-deriving the respondents");

    for (int size : new int[] {10, 100}) {
      List<CustomerId> some = customers.subList(0, size);
      PageRequest page = new PageRequest(2, null);
      assertEquals(1, statements(() -> await(adapters.purchases().purchasesOf(tenant.id(), some, page))), "purchasesOf " + size);
      assertEquals(1, statements(() -> await(adapters.surveyResponses().responsesOf(tenant.id(), some, page))), "responsesOf " + size);
      assertEquals(1, statements(() -> await(adapters.customers().byIds(tenant.id(), some))), "customers byIds " + size);
      List<PurchaseId> purchaseIds = await(adapters.purchases().purchasesOf(tenant.id(), some, new PageRequest(1, null)))
          .values().stream().map(slice -> slice.items().get(0).id()).toList();
      assertEquals(size, purchaseIds.size());
      assertEquals(1, statements(() -> await(adapters.purchases().byIds(tenant.id(), purchaseIds))), "purchases byIds " + size);
      for (CustomerSort.Field field : CustomerSort.Field.values()) {
        CustomerSearch search = new CustomerSearch(tenant.id(), TODAY, Set.of(LifecycleStage.NEW, LifecycleStage.ACTIVE),
            null, null, new CustomerSort(field, true), null, size + 1);
        assertEquals(1, statements(() -> await(adapters.customers().search(search))), "search " + field + " " + size);
        assertEquals(1, statements(() -> await(adapters.customers().count(search))), "count " + field + " " + size);
      }
    }
    assertEquals(1, statements(() -> await(adapters.revenueRanking().thresholds(tenant.id()))));
  }

  @Test
  void aKeyCostsTwoStatementsOnABatchAndItsRetryCostsTwoInAll() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> customers = PgFixture.customers(adapters, tenant.id(), 100);
    List<NewSurveyResponse> responses = customers.stream().map(c -> new NewSurveyResponse(c, "s",
        NOW.minus(Duration.ofDays(2)), null, null, null, null, null, null)).toList();
    Optional<IdempotentRequest> key = Optional.of(IdempotentRequest.of(new IdempotencyKey("k"), "recordSurveyResponses",
        "batch"));
    assertEquals(7 + 2, statements(() -> await(adapters.surveyResponses().upsert(tenant.id(), responses, RULES, NOW,
        key))), "claim the key, the batch's seven, store its answer");
    assertEquals(2, statements(() -> await(adapters.surveyResponses().upsert(tenant.id(), responses, RULES, NOW,
        key))), "claim the key (taken), read its answer: nothing is re-derived");
  }
}

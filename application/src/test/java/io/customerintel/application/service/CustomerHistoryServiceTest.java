package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.refusal;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.in.Connection;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.application.port.in.RecordPurchasesUseCase;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.purchase.Purchase;
import io.customerintel.domain.survey.SurveyResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerHistoryServiceTest {
  static final Instant BASE = Instant.parse("2025-01-01T10:00:00Z");

  Fakes fakes;
  CustomerHistoryService service;
  CustomerId c1;
  CustomerId c2;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    c1 = fakes.store.seedCustomer(TENANT_ID, "c1").id();
    c2 = fakes.store.seedCustomer(TENANT_ID, "c2").id();
    service = new CustomerHistoryService(fakes.ledger, fakes.surveys);
    List<RecordPurchasesUseCase.Item> items = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      items.add(new RecordPurchasesUseCase.Item("c1", "p" + i, BASE.plusSeconds(3600L * i), BigDecimal.ONE, 1));
    }
    await(new PurchaseIngestionService(fakes.customers, fakes.ledger, Fakes.CLOCK, fakes.changes)
        .recordPurchases(new RecordPurchasesUseCase.Command(tenant(), items)));
  }

  static List<String> ids(Connection<Purchase> connection) {
    return connection.page().edges().stream().map(e -> e.node().externalId()).toList();
  }

  @Test
  void purchasesComeNewestFirstPageByPage() {
    Connection<Purchase> first = await(service.purchasesOf(tenant(), List.of(c1), PageArgs.of(2, null))).get(c1);
    assertEquals(List.of("p4", "p3"), ids(first));
    assertEquals(5, first.totalCount());
    assertTrue(first.page().hasNextPage());
    assertFalse(first.page().hasPreviousPage());
    String cursor = first.page().edges().get(1).cursor();
    Connection<Purchase> second = await(service.purchasesOf(tenant(), List.of(c1), PageArgs.of(2, cursor))).get(c1);
    assertEquals(List.of("p2", "p1"), ids(second));
    assertTrue(second.page().hasPreviousPage());
    Connection<Purchase> last = await(service.purchasesOf(tenant(), List.of(c1),
        PageArgs.of(2, second.page().edges().get(1).cursor()))).get(c1);
    assertEquals(List.of("p0"), ids(last));
    assertFalse(last.page().hasNextPage());
  }

  @Test
  void aCustomerWithoutPurchasesGetsAnEmptyConnection() {
    Map<CustomerId, Connection<Purchase>> result = await(service.purchasesOf(tenant(), List.of(c1, c2), PageArgs.of(10, null)));
    assertEquals(List.of(c1, c2), List.copyOf(result.keySet()));
    assertEquals(0, result.get(c2).totalCount());
    assertTrue(result.get(c2).page().edges().isEmpty());
  }

  @Test
  void noCustomersMeansNoLookup() {
    assertEquals(Map.of(), await(service.purchasesOf(tenant(), List.of(), PageArgs.of(10, null))));
    assertTrue(fakes.ledger.pageRequests.isEmpty());
  }

  @Test
  void aGarbageCursorIsRefused() {
    assertEquals(ErrorCodes.INVALID_CURSOR,
        refusal(() -> service.purchasesOf(tenant(), List.of(c1), PageArgs.of(10, "nonsense"))).code());
    assertEquals(ErrorCodes.INVALID_CURSOR,
        refusal(() -> service.responsesOf(tenant(), List.of(c1), PageArgs.of(10, "nonsense"))).code());
  }

  @Test
  void purchasesAreLoadedById() {
    Purchase p = fakes.store.purchases(TENANT_ID).get(0);
    assertEquals(Map.of(p.id(), p), await(service.purchasesByIds(tenant(), List.of(p.id()))));
    assertEquals(Map.of(), await(service.purchasesByIds(tenant(), List.of())));
  }

  @Test
  void surveyResponsesComeNewestSentFirst() {
    await(new SurveyIngestionService(fakes.customers, fakes.surveys, Fakes.CLOCK, fakes.changes).recordSurveyResponses(
        new RecordSurveyResponsesUseCase.Command(tenant(), List.of(
            new RecordSurveyResponsesUseCase.Item("c1", "q1", BASE, null, null, null, null, null, null),
            new RecordSurveyResponsesUseCase.Item("c1", "q2", BASE.plusSeconds(60), null, null, null, 9, null, null)))));
    Connection<SurveyResponse> page = await(service.responsesOf(tenant(), List.of(c1), PageArgs.of(1, null))).get(c1);
    assertEquals("q2", page.page().edges().get(0).node().surveyId());
    assertTrue(page.page().hasNextPage());
    Connection<SurveyResponse> next = await(service.responsesOf(tenant(), List.of(c1),
        PageArgs.of(1, page.page().edges().get(0).cursor()))).get(c1);
    assertEquals("q1", next.page().edges().get(0).node().surveyId());
    SurveyResponse stored = next.page().edges().get(0).node();
    assertEquals(Map.of(stored.id(), stored), await(service.responsesByIds(tenant(), List.of(stored.id()))));
  }
}

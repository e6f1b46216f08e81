package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.Connection;
import io.customerintel.application.port.in.ListOpenFollowUpsUseCase;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.application.port.in.RecordFollowUpUseCase;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.followup.OpenFollowUp;
import io.customerintel.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Open follow-ups: contact requests without a follow-up since, due the tenant's deadline after the answer. */
class OpenFollowUpServiceTest {
  Fakes fakes;
  AuthenticatedTenant tenant;
  OpenFollowUpService service;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    Tenant created = await(fakes.tenants.create("acme", Currency.getInstance("EUR"), ZoneOffset.UTC, new byte[] {1},
        List.of()));
    tenant = AuthenticatedTenant.of(created);
    fakes.store.seedCustomer(tenant.tenantId(), "ann");
    fakes.store.seedCustomer(tenant.tenantId(), "bob");
    service = new OpenFollowUpService(fakes.openFollowUps, Fakes.CLOCK);
  }

  private void answer(String customer, String survey, Instant respondedAt, Boolean wantsContact) {
    await(new SurveyIngestionService(fakes.customers, fakes.surveys, Fakes.CLOCK, fakes.changes).recordSurveyResponses(
        new RecordSurveyResponsesUseCase.Command(tenant, List.of(new RecordSurveyResponsesUseCase.Item(customer, survey,
            respondedAt.minusSeconds(60), respondedAt, null, null, null, wantsContact, "call me")))));
  }

  private Connection<OpenFollowUp> open(boolean overdueOnly, int first, String after) {
    return await(service.openFollowUps(new ListOpenFollowUpsUseCase.Query(tenant, overdueOnly,
        PageArgs.of(first, after))));
  }

  @Test
  void aContactRequestIsDueTwoDaysAfterTheAnswerAndOverdueFromThenOn() {
    Instant overdue = Fakes.NOW.minus(Duration.ofDays(2));
    Instant recent = Fakes.NOW.minus(Duration.ofHours(47));
    answer("ann", "s1", overdue, true);
    answer("bob", "s1", recent, true);
    answer("bob", "s2", Fakes.NOW.minus(Duration.ofDays(5)), false);

    Connection<OpenFollowUp> all = open(false, 20, null);
    assertEquals(2, all.totalCount());
    OpenFollowUp first = all.page().edges().get(0).node();
    assertEquals(overdue.plus(Duration.ofDays(2)), first.dueAt());
    assertTrue(first.overdue(), "exactly at the deadline is late");
    assertFalse(all.page().edges().get(1).node().overdue());

    Connection<OpenFollowUp> overdueOnly = open(true, 20, null);
    assertEquals(1, overdueOnly.totalCount());
    assertEquals(overdue, overdueOnly.page().edges().get(0).node().requestedAt());
  }

  @Test
  void anyFollowUpSinceTheRequestClosesItEvenALateOne() {
    Instant asked = Fakes.NOW.minus(Duration.ofDays(5));
    answer("ann", "s1", asked, true);
    FollowUpService followUps = new FollowUpService(fakes.customers, fakes.followUps, Fakes.CLOCK, fakes.changes);
    await(followUps.recordFollowUp(new RecordFollowUpUseCase.Command(tenant, "ann", asked.minusSeconds(1), "Bea", null)));
    assertEquals(1, open(false, 20, null).totalCount(), "a follow-up before the request does not answer it");

    await(followUps.recordFollowUp(new RecordFollowUpUseCase.Command(tenant, "ann", Fakes.NOW, "Bea", null)));

    assertEquals(0, open(false, 20, null).totalCount());
  }

  @Test
  void pagesWalkEveryOpenFollowUpOnceInDueOrder() {
    for (int i = 0; i < 5; i++) {
      answer(i % 2 == 0 ? "ann" : "bob", "s" + i, Fakes.NOW.minus(Duration.ofHours(10 - i)), true);
    }
    Connection<OpenFollowUp> page = open(false, 2, null);
    List<Instant> walked = new ArrayList<>();
    while (true) {
      page.page().edges().forEach(edge -> walked.add(edge.node().dueAt()));
      assertEquals(5, page.totalCount());
      if (!page.page().hasNextPage()) {
        break;
      }
      page = open(false, 2, page.page().edges().get(page.page().edges().size() - 1).cursor());
    }
    assertEquals(5, walked.size());
    assertEquals(walked.stream().sorted().toList(), walked);
  }

  @Test
  void aForeignCursorIsRefused() {
    assertEquals(ErrorCodes.INVALID_CURSOR, Fakes.refusal(() -> service.openFollowUps(
        new ListOpenFollowUpsUseCase.Query(tenant, false, PageArgs.of(20, "nonsense")))).code());
  }

  @Test
  void eachCustomerGetsOnlyTheirOwnOpenFollowUps() {
    answer("ann", "s1", Fakes.NOW.minus(Duration.ofDays(1)), true);
    CustomerId ann = fakes.store.customer(tenant.tenantId(), "ann").orElseThrow().id();
    CustomerId bob = fakes.store.customer(tenant.tenantId(), "bob").orElseThrow().id();

    var byCustomer = await(service.openFollowUpsOf(tenant, List.of(ann, bob)));

    assertEquals(1, byCustomer.get(ann).size());
    assertEquals(List.of(), byCustomer.get(bob));
    assertEquals(List.of(), await(service.openFollowUpsOf(Fakes.otherTenant(), List.of(ann))).get(ann));
  }
}

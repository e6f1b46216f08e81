package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.ItemSlice;
import io.customerintel.application.port.out.NewFollowUp;
import io.customerintel.application.port.out.NewSurveyResponse;
import io.customerintel.application.port.out.PageRequest.ItemPosition;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class OpenFollowUpFinderTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  private static NewSurveyResponse request(CustomerId customer, String survey, Instant answered, Boolean contact) {
    return new NewSurveyResponse(customer, survey, answered.minusSeconds(60), answered, null, null, null, contact,
        "call me");
  }

  @Test
  void onlyRequestsWithoutAFollowUpSinceAreOpenOldestFirstWithTheirTotal() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 3);
    Instant early = NOW.minus(Duration.ofDays(5));
    Instant late = NOW.minus(Duration.ofHours(5));
    await(adapters.surveyResponses().upsert(tenant.id(), List.of(request(ids.get(0), "s1", late, true),
        request(ids.get(1), "s1", early, true), request(ids.get(2), "s1", early, true),
        request(ids.get(2), "s2", early, false),
        new NewSurveyResponse(ids.get(0), "unanswered", early, null, null, null, null, true, null)), RULES, NOW));
    // ids[2] was followed up (late, but after the request): closed
    await(adapters.followUps().record(tenant.id(), new NewFollowUp(ids.get(2), NOW.minusSeconds(1), "Bea", null),
        RULES, NOW));

    ItemSlice<SurveyResponse> all = await(adapters.openFollowUps().openRequests(tenant.id(), Optional.empty(), 20,
        Optional.empty()));
    assertEquals(2, all.totalCount());
    assertEquals(List.of(ids.get(1), ids.get(0)), all.items().stream().map(SurveyResponse::customerId).toList());
    assertFalse(all.hasMore());

    ItemSlice<SurveyResponse> answeredEarly = await(adapters.openFollowUps().openRequests(tenant.id(),
        Optional.of(NOW.minus(Duration.ofDays(2))), 20, Optional.empty()));
    assertEquals(1, answeredEarly.totalCount());
    assertEquals(ids.get(1), answeredEarly.items().get(0).customerId());

    Map<CustomerId, List<SurveyResponse>> byCustomer = await(adapters.openFollowUps().openRequestsOf(tenant.id(), ids));
    assertEquals(1, byCustomer.get(ids.get(0)).size());
    assertFalse(byCustomer.containsKey(ids.get(2)));

    Tenant other = PgFixture.newTenant(adapters);
    assertEquals(0, await(adapters.openFollowUps().openRequests(other.id(), Optional.empty(), 20, Optional.empty()))
        .totalCount());
    assertTrue(await(adapters.openFollowUps().openRequestsOf(other.id(), ids)).isEmpty());
  }

  @Test
  void pagesContinueAfterTheCursorWhileTheTotalStaysWhole() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    List<NewSurveyResponse> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      // two share an instant: the id breaks the tie
      batch.add(request(ann, "s" + i, NOW.minus(Duration.ofHours(i < 2 ? 1 : 10 + i)), true));
    }
    await(adapters.surveyResponses().upsert(tenant.id(), batch, RULES, NOW));

    List<SurveyResponse> walked = new ArrayList<>();
    Optional<ItemPosition> after = Optional.empty();
    while (true) {
      ItemSlice<SurveyResponse> page = await(adapters.openFollowUps().openRequests(tenant.id(), Optional.empty(), 2,
          after));
      assertEquals(5, page.totalCount());
      walked.addAll(page.items());
      if (!page.hasMore()) {
        break;
      }
      SurveyResponse last = page.items().get(page.items().size() - 1);
      after = Optional.of(new ItemPosition(last.respondedAt(), last.id().value()));
    }
    assertEquals(5, walked.stream().map(SurveyResponse::id).distinct().count());
  }
}

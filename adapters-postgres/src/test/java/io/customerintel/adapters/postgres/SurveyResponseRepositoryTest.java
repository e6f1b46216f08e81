package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.ItemSlice;
import io.customerintel.application.port.out.NewSurveyResponse;
import io.customerintel.application.port.out.PageRequest.ItemPosition;
import io.customerintel.application.port.out.PageRequest;
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
class SurveyResponseRepositoryTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  @Test
  void aLaterAnswerCompletesTheInvitationWithoutLosingEarlierAnswers() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant sent = NOW.minus(Duration.ofDays(10));
    Instant answered = NOW.minus(Duration.ofDays(9));
    assertEquals(1, await(adapters.surveyResponses().upsert(tenant.id(),
        List.of(new NewSurveyResponse(ann, "nps-q1", sent, null, null, null, null, null, null)), RULES, NOW)));
    await(adapters.surveyResponses().upsert(tenant.id(),
        List.of(new NewSurveyResponse(ann, "nps-q1", sent, answered, true, null, 9, null, "great")), RULES, NOW));
    assertEquals(1, await(adapters.surveyResponses().upsert(tenant.id(),
        List.of(new NewSurveyResponse(ann, "nps-q1", sent, null, null, false, null, true, null)), RULES, NOW)));

    ItemSlice<SurveyResponse> slice = await(adapters.surveyResponses().responsesOf(tenant.id(), List.of(ann),
        new PageRequest(10, null))).get(ann);
    assertEquals(1, slice.totalCount());
    SurveyResponse stored = slice.items().get(0);
    assertEquals(new SurveyResponse(stored.id(), ann, "nps-q1", sent, answered, true, false, 9, true, "great"), stored);
    assertEquals(Map.of(stored.id(), stored), await(adapters.surveyResponses().byIds(tenant.id(), List.of(stored.id()))));
    Tenant other = PgFixture.newTenant(adapters);
    assertEquals(Map.of(), await(adapters.surveyResponses().byIds(other.id(), List.of(stored.id()))));
  }

  @Test
  void responsesArePagedNewestFirstPerCustomerWithTheirTotal() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 2);
    List<NewSurveyResponse> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(new NewSurveyResponse(ids.get(0), "s-" + i, NOW.minus(Duration.ofDays(i < 2 ? 3 : 10 + i)), null,
          null, null, null, null, null));
    }
    assertEquals(5, await(adapters.surveyResponses().upsert(tenant.id(), batch, RULES, NOW)));

    List<SurveyResponse> walked = new ArrayList<>();
    Optional<ItemPosition> after = Optional.empty();
    while (true) {
      Map<CustomerId, ItemSlice<SurveyResponse>> page = await(adapters.surveyResponses().responsesOf(tenant.id(), ids,
          new PageRequest(2, after)));
      assertEquals(0, page.get(ids.get(1)).totalCount());
      ItemSlice<SurveyResponse> slice = page.get(ids.get(0));
      assertEquals(5, slice.totalCount());
      walked.addAll(slice.items());
      if (!slice.hasMore()) {
        break;
      }
      SurveyResponse last = slice.items().get(slice.items().size() - 1);
      after = Optional.of(new ItemPosition(last.sentAt(), last.id().value()));
    }
    assertEquals(5, walked.stream().map(SurveyResponse::id).distinct().count());
    for (int i = 1; i < walked.size(); i++) {
      SurveyResponse a = walked.get(i - 1);
      SurveyResponse b = walked.get(i);
      assertTrue(a.sentAt().isAfter(b.sentAt()) || a.sentAt().equals(b.sentAt()) && a.id().value() > b.id().value());
    }
    assertFalse(walked.isEmpty());
  }
}

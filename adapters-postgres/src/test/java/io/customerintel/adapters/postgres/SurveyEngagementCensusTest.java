package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.NewSurveyResponse;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.survey.EngagementCounts;
import io.customerintel.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class SurveyEngagementCensusTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  @Test
  void eachSpanCountsTheInvitationsSentInItAndTheirAnswers() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant start = NOW.minus(Duration.ofDays(30));
    Instant middle = NOW.minus(Duration.ofDays(20));
    Instant end = NOW.minus(Duration.ofDays(10));
    await(adapters.surveyResponses().upsert(tenant.id(), List.of(
        answered(ann, "a", start, 10, true, true),
        answered(ann, "b", start.plusSeconds(3600), 6, false, null),
        answered(ann, "c", middle.minusSeconds(1), 8, null, false),
        new NewSurveyResponse(ann, "d", middle, null, null, null, null, null, null),
        new NewSurveyResponse(ann, "before", start.minusSeconds(1), null, null, null, null, null, null),
        new NewSurveyResponse(ann, "after", end, null, null, null, null, null, null)), RULES, NOW));

    List<EngagementCounts> counts = await(adapters.surveyEngagement().count(tenant.id(), List.of(start, middle, end)));

    assertEquals(List.of(new EngagementCounts(3, 3, 3, 1, 1, 2, 1, 2, 1), new EngagementCounts(1, 0, 0, 0, 0, 0, 0, 0, 0)),
        counts);
    Tenant other = PgFixture.newTenant(adapters);
    assertEquals(List.of(EngagementCounts.NONE, EngagementCounts.NONE),
        await(adapters.surveyEngagement().count(other.id(), List.of(start, middle, end))));
  }

  private static NewSurveyResponse answered(CustomerId customer, String survey, Instant sent, int score,
                                            Boolean satisfied, Boolean again) {
    return new NewSurveyResponse(customer, survey, sent, sent.plusSeconds(60), satisfied, again, score, null, null);
  }
}

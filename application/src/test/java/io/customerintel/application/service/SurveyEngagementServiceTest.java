package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.DateRange;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.application.port.in.ViewSurveyEngagementUseCase;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.survey.EngagementPeriod;
import io.customerintel.domain.survey.RateTrend;
import io.customerintel.domain.survey.SurveyEngagement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Survey engagement: invitations by the period they were sent in, in the tenant's zone, and what became of them. */
class SurveyEngagementServiceTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  Fakes fakes;
  AuthenticatedTenant tenant = Fakes.tenantIn(BERLIN);
  SurveyEngagementService service;
  List<RecordSurveyResponsesUseCase.Item> items = new ArrayList<>();

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    fakes.store.seedCustomer(tenant.tenantId(), "ann");
    service = new SurveyEngagementService(fakes.engagement, new AnalyticsCache(Fakes.CLOCK), Fakes.CLOCK);
  }

  private void invite(String survey, String sentAt, Integer score, Boolean satisfied, Boolean again) {
    Instant sent = Instant.parse(sentAt);
    boolean answered = score != null || satisfied != null || again != null;
    items.add(new RecordSurveyResponsesUseCase.Item("ann", survey, sent, answered ? sent.plusSeconds(60) : null,
        satisfied, again, score, null, null));
  }

  private SurveyEngagement report(String from, String to, Interval interval) {
    await(new SurveyIngestionService(fakes.customers, fakes.surveys, Fakes.CLOCK, fakes.changes)
        .recordSurveyResponses(new RecordSurveyResponsesUseCase.Command(tenant, items)));
    return await(service.surveyEngagement(new ViewSurveyEngagementUseCase.Query(tenant,
        new DateRange(LocalDate.parse(from), LocalDate.parse(to)), interval)));
  }

  @Test
  void ratesNpsAndSharesCountTheInvitationsSentInEachPeriod() {
    invite("j1", "2025-01-10T10:00:00Z", 10, true, true);
    invite("j2", "2025-01-11T10:00:00Z", 9, true, false);
    invite("j3", "2025-01-12T10:00:00Z", 3, false, null);
    invite("j4", "2025-01-13T10:00:00Z", null, null, null);
    invite("f1", "2025-02-10T10:00:00Z", 7, null, null);
    invite("f2", "2025-02-11T10:00:00Z", null, null, null);
    invite("f3", "2025-02-12T10:00:00Z", null, null, null);
    invite("f4", "2025-02-13T10:00:00Z", null, null, null);

    SurveyEngagement engagement = report("2025-01-01", "2025-03-31", Interval.MONTH);

    EngagementPeriod january = engagement.periods().get(0);
    assertEquals(4, january.counts().invitations());
    assertEquals(0.75, january.counts().responseRate());
    assertEquals(100.0 * (2 - 1) / 3, january.counts().netPromoterScore(), 1e-9);
    assertEquals(2.0 / 3, january.counts().shareSatisfied(), 1e-9);
    assertEquals(0.5, january.counts().shareWouldBuyAgain());
    assertNull(january.responseRateTrend(), "no period before it in the report");
    EngagementPeriod february = engagement.periods().get(1);
    assertEquals(0.25, february.counts().responseRate());
    assertEquals(0.0, february.counts().netPromoterScore(), "a passive alone");
    assertNull(february.counts().shareSatisfied());
    assertEquals(RateTrend.DOWN, february.responseRateTrend());
    EngagementPeriod march = engagement.periods().get(2);
    assertNull(march.counts().responseRate());
    assertNull(march.responseRateTrend());
    assertEquals(8, engagement.total().counts().invitations());
    assertEquals(0.5, engagement.total().counts().responseRate());
  }

  @Test
  void anInvitationCountsOnItsDayInTheTenantsZone() {
    // 23:30 UTC on 31 January is 1 February in Berlin
    invite("late", "2025-01-31T23:30:00Z", 10, null, null);

    SurveyEngagement engagement = report("2025-01-01", "2025-02-28", Interval.MONTH);

    assertEquals(0, engagement.periods().get(0).counts().invitations());
    assertEquals(1, engagement.periods().get(1).counts().invitations());
  }

  @Test
  void aRepeatedReportComesFromTheCache() {
    invite("j1", "2025-01-10T10:00:00Z", 10, null, null);
    report("2025-01-01", "2025-01-31", Interval.WEEK);
    report("2025-01-01", "2025-01-31", Interval.WEEK);
    assertEquals(1, fakes.engagement.calls, "this cache is not told of writes here (the composition root does that)");
  }

  @Test
  void badRangesAreRefusedBeforeAnyWork() {
    assertEquals(ErrorCodes.RANGE_TOO_LARGE, Fakes.refusal(() -> service.surveyEngagement(
        new ViewSurveyEngagementUseCase.Query(tenant, new DateRange(LocalDate.parse("2000-01-01"),
            LocalDate.parse("2025-01-01")), Interval.DAY))).code());
    assertEquals(0, fakes.engagement.calls);
  }
}

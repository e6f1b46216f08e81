package io.customerintel.application.service;

import io.customerintel.application.port.in.ViewSurveyEngagementUseCase;
import io.customerintel.application.port.out.SurveyEngagementCensus;
import io.customerintel.application.service.AnalyticsCache.Timed;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.survey.SurveyEngagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Survey engagement by the calendar period (tenant time zone) each invitation was sent in: one aggregate per report,
 * cached until a write to the tenant (survey answers tell the cache) or the tenant's next day.
 */
public final class SurveyEngagementService implements ViewSurveyEngagementUseCase {
  private final SurveyEngagementCensus census;
  private final AnalyticsCache cache;
  private final Clock clock;

  public SurveyEngagementService(SurveyEngagementCensus census, AnalyticsCache cache, Clock clock) {
    this.census = census;
    this.cache = cache;
    this.clock = clock;
  }

  @Override
  public CompletionStage<SurveyEngagement> surveyEngagement(Query query) {
    ZoneId zone = query.tenant().zone();
    List<Period> periods = query.range().periods(query.interval());
    List<Instant> boundaries = new ArrayList<>();
    periods.forEach(period -> boundaries.add(startOf(period.start(), zone)));
    boundaries.add(startOf(periods.get(periods.size() - 1).end().plusDays(1), zone));
    // the counts do not move with time, but a day boundary keeps answers about "recent" periods from living long
    Instant tomorrow = startOf(LocalDate.ofInstant(clock.instant(), zone).plusDays(1), zone);
    return cache.get(query.tenant().tenantId(), query, () -> census.count(query.tenant().tenantId(), boundaries)
        .thenApply(counts -> new Timed<>(SurveyEngagement.of(query.range().period(), periods, counts), tomorrow)));
  }

  /** The first instant of the day in the zone; the day after 9999-12-31 still has one. */
  private static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }
}

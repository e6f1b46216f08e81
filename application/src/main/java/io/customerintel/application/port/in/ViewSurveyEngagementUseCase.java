package io.customerintel.application.port.in;

import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.survey.SurveyEngagement;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Survey invitations, responses, response rate and its trend, NPS and the shares of yes answers, per period. */
public interface ViewSurveyEngagementUseCase {

  CompletionStage<SurveyEngagement> surveyEngagement(Query query);

  /** A range in periods of an interval; a range of too many periods is refused here, before any work. */
  record Query(AuthenticatedTenant tenant, DateRange range, Interval interval) {
    public Query {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(interval, "interval");
      range.requirePeriodsAtMost(interval);
    }
  }
}

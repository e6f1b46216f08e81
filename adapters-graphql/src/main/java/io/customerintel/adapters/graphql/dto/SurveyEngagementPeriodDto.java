package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.survey.EngagementCounts;
import io.customerintel.domain.survey.EngagementPeriod;
import io.customerintel.domain.survey.RateTrend;
import java.time.LocalDate;

/** The GraphQL SurveyEngagementPeriod. */
public record SurveyEngagementPeriodDto(LocalDate start, LocalDate end, long invitations, long responses,
                                        Double responseRate, RateTrend responseRateTrend, Double nps,
                                        Double shareSatisfied, Double shareWouldBuyAgain) {

  public static SurveyEngagementPeriodDto of(EngagementPeriod period) {
    EngagementCounts counts = period.counts();
    return new SurveyEngagementPeriodDto(period.period().start(), period.period().end(), counts.invitations(),
        counts.responses(), counts.responseRate(), period.responseRateTrend(), counts.netPromoterScore(),
        counts.shareSatisfied(), counts.shareWouldBuyAgain());
  }
}

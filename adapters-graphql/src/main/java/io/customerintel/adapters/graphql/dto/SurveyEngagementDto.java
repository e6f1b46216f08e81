package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.survey.SurveyEngagement;
import java.util.List;

/** The GraphQL SurveyEngagement: the whole range and its periods. */
public record SurveyEngagementDto(SurveyEngagementPeriodDto total, List<SurveyEngagementPeriodDto> periods) {

  public static SurveyEngagementDto of(SurveyEngagement engagement) {
    return new SurveyEngagementDto(SurveyEngagementPeriodDto.of(engagement.total()),
        engagement.periods().stream().map(SurveyEngagementPeriodDto::of).toList());
  }
}

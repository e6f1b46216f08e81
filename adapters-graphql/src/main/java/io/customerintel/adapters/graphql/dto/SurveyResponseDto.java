package io.customerintel.adapters.graphql.dto;

import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.domain.survey.SurveyResponse;
import java.time.OffsetDateTime;

/** The GraphQL SurveyResponse. */
public record SurveyResponseDto(String id, String surveyId, OffsetDateTime sentAt, OffsetDateTime respondedAt,
                                Boolean satisfied, Boolean wouldPurchaseAgain, Integer likelihoodToRecommend,
                                Boolean wantsContact, String comment) {

  public static SurveyResponseDto of(SurveyResponse response) {
    return new SurveyResponseDto(GlobalIds.encode(GlobalIds.SURVEY_RESPONSE, response.id().value()),
        response.surveyId(), Times.utc(response.sentAt()), Times.utc(response.respondedAt()), response.satisfied(),
        response.wouldPurchaseAgain(), response.likelihoodToRecommend(), response.wantsContact(), response.comment());
  }
}

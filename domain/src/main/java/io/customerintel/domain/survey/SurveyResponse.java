package io.customerintel.domain.survey;

import io.customerintel.domain.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A survey sent to a customer and, once they answer, their answers. An invitation that was never
 * answered (respondedAt null) matters too: falling response rates warn of quiet defection.
 */
public record SurveyResponse(SurveyResponseId id, CustomerId customerId, String surveyId, Instant sentAt,
                             Instant respondedAt, Boolean satisfied, Boolean wouldPurchaseAgain,
                             Integer likelihoodToRecommend, Boolean wantsContact, String comment) {
  public static final int MIN_SCORE = 0;
  public static final int MAX_SCORE = 10;

  public SurveyResponse {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(surveyId, "surveyId");
    Objects.requireNonNull(sentAt, "sentAt");
    if (likelihoodToRecommend != null && (likelihoodToRecommend < MIN_SCORE || likelihoodToRecommend > MAX_SCORE)) {
      throw new IllegalArgumentException("likelihood to recommend must be 0 to 10");
    }
  }
}

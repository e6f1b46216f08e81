package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** A validated survey invitation or response; answers left null keep what is already stored. */
public record NewSurveyResponse(CustomerId customerId, String surveyId, Instant sentAt, Instant respondedAt,
                                Boolean satisfied, Boolean wouldPurchaseAgain, Integer likelihoodToRecommend,
                                Boolean wantsContact, String comment) {
  public NewSurveyResponse {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(surveyId, "surveyId");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}

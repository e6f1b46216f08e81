package io.customerintel.application.port.in;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.survey.SurveyResponseId;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Customers' survey invitations and responses, newest sent first, a page per customer. */
public interface ListSurveyResponsesUseCase {

  CompletionStage<Map<CustomerId, Connection<SurveyResponse>>> responsesOf(AuthenticatedTenant tenant,
                                                                          Collection<CustomerId> customers,
                                                                          PageArgs page);

  CompletionStage<Map<SurveyResponseId, SurveyResponse>> responsesByIds(AuthenticatedTenant tenant,
                                                                       Collection<SurveyResponseId> ids);
}

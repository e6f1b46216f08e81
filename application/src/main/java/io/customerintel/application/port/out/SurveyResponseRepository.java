package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.survey.SurveyResponseId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Stores survey invitations and responses, one per customer and survey (a later answer completes it). */
public interface SurveyResponseRepository {

  /** Inserts or completes all in one transaction, re-deriving the customers' health; returns how many were written. */
  CompletionStage<Integer> upsert(TenantId tenantId, List<NewSurveyResponse> responses, CustomerRules rules, Instant now);

  CompletionStage<Map<CustomerId, ItemSlice<SurveyResponse>>> responsesOf(TenantId tenantId,
                                                                          Collection<CustomerId> customers,
                                                                          PageRequest page);

  CompletionStage<Map<SurveyResponseId, SurveyResponse>> byIds(TenantId tenantId, Collection<SurveyResponseId> ids);
}

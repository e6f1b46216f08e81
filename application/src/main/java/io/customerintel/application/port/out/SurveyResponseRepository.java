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
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Stores survey invitations and responses, one per customer and survey (a later answer completes it). */
public interface SurveyResponseRepository {

  /** Inserts or completes all in one transaction, re-deriving the customers' health; returns how many were written. */
  default CompletionStage<Integer> upsert(TenantId tenantId, List<NewSurveyResponse> responses, CustomerRules rules,
                                          Instant now) {
    return upsert(tenantId, responses, rules, now, Optional.empty());
  }

  /**
   * As upsert, once per idempotency key: the key is stored in the same transaction, a retry writes nothing and
   * answers the count first written, and the key with another batch fails with IdempotencyConflictException.
   */
  CompletionStage<Integer> upsert(TenantId tenantId, List<NewSurveyResponse> responses, CustomerRules rules,
                                  Instant now, Optional<IdempotentRequest> request);

  CompletionStage<Map<CustomerId, ItemSlice<SurveyResponse>>> responsesOf(TenantId tenantId,
                                                                          Collection<CustomerId> customers,
                                                                          PageRequest page);

  CompletionStage<Map<SurveyResponseId, SurveyResponse>> byIds(TenantId tenantId, Collection<SurveyResponseId> ids);
}

package io.customerintel.application.port.out;

import io.customerintel.domain.followup.FollowUp;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Stores follow-ups and re-derives the customer's health with them in the same transaction. */
public interface FollowUpRepository {
  /** Recording the same customer, time and person again returns the stored follow-up (a safe retry). */
  default CompletionStage<FollowUp> record(TenantId tenantId, NewFollowUp followUp, CustomerRules rules,
                                           Instant now) {
    return record(tenantId, followUp, rules, now, Optional.empty());
  }

  /**
   * As record, once per idempotency key: the key is stored in the same transaction, a retry answers the follow-up
   * first answered, and the key with another payload fails with IdempotencyConflictException.
   */
  CompletionStage<FollowUp> record(TenantId tenantId, NewFollowUp followUp, CustomerRules rules, Instant now,
                                   Optional<IdempotentRequest> request);
}

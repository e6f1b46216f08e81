package io.customerintel.application.port.out;

import io.customerintel.domain.followup.FollowUp;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** Stores follow-ups and re-derives the customer's health with them in the same transaction. */
public interface FollowUpRepository {
  /** Recording the same customer, time and person again returns the stored follow-up (a safe retry). */
  CompletionStage<FollowUp> record(TenantId tenantId, NewFollowUp followUp, CustomerRules rules, Instant now);
}

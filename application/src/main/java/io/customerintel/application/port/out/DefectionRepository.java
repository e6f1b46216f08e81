package io.customerintel.application.port.out;

import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Stores defections and keeps the customer's facts and lifecycle timeline current with them. */
public interface DefectionRepository {

  /**
   * Stores the defection and re-derives the customer's data with the rules (health judged at now) in one transaction.
   * Recording the same customer, time and reason again returns the stored defection (a safe retry).
   */
  default CompletionStage<Defection> record(TenantId tenantId, NewDefection defection, CustomerRules rules,
                                            Instant now) {
    return record(tenantId, defection, rules, now, Optional.empty());
  }

  /**
   * As record, once per idempotency key: the key is stored in the same transaction, a retry answers the defection
   * first answered, and the key with another payload fails with IdempotencyConflictException.
   */
  CompletionStage<Defection> record(TenantId tenantId, NewDefection defection, CustomerRules rules, Instant now,
                                    Optional<IdempotentRequest> request);

  CompletionStage<Map<DefectionId, Defection>> byIds(TenantId tenantId, Collection<DefectionId> ids);
}

package io.customerintel.application.port.out;

import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Stores defections and keeps the customer's facts and lifecycle timeline current with them. */
public interface DefectionRepository {

  /**
   * Stores the defection and re-derives the customer's data with the rules (health judged at now) in one transaction.
   * Recording the same customer, time and reason again returns the stored defection (a safe retry).
   */
  CompletionStage<Defection> record(TenantId tenantId, NewDefection defection, CustomerRules rules, Instant now);

  CompletionStage<Map<DefectionId, Defection>> byIds(TenantId tenantId, Collection<DefectionId> ids);
}

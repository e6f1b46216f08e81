package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Brings a tenant's time-driven customer data (health, lifecycle ledger) up to date before a read: customers whose
 * derived data changes with the passing of time are re-derived once that instant has come, with no nightly batch.
 */
public interface CustomerCatchUp {
  /**
   * Re-derives every customer of the tenant whose derived data was due to change at or before {@code now}; answers
   * the earliest later instant at which some customer's will (empty when time alone changes nothing any more).
   */
  CompletionStage<Optional<Instant>> catchUp(TenantId tenantId, CustomerRules rules, Instant now);

  /**
   * Re-derives every customer of the tenant with these rules (a newly fitted model changes everyone's health), in
   * batches of one transaction each, each batch judged at the clock's instant when it starts (a large tenant takes
   * minutes, and a batch must not be judged before writes that came in meanwhile). Answers how many were re-derived.
   */
  CompletionStage<Long> rederiveAll(TenantId tenantId, CustomerRules rules, Clock clock);
}

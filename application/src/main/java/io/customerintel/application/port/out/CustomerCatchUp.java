package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
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
}

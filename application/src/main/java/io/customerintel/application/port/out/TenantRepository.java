package io.customerintel.application.port.out;

import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.tenant.Tenant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Stores tenants and their API keys (as hashes only). */
public interface TenantRepository {

  /** Creates the tenant with its first key and default reasons; fails with CONFLICT if the name is taken. */
  CompletionStage<Tenant> create(String name, Currency currency, ZoneId zone, byte[] apiKeyHash,
                                 List<DefectionReason> defaultReasons);

  /** Adds a further key to a tenant; adding a key it already has changes nothing. */
  CompletionStage<Void> addApiKey(io.customerintel.domain.tenant.TenantId tenantId, byte[] apiKeyHash);

  CompletionStage<List<Tenant>> list();

  CompletionStage<Optional<Tenant>> findByName(String name);


  /** The tenant and grant of an unrevoked key, by the key's hash. */
  CompletionStage<Optional<KeyOwner>> findKeyOwner(byte[] apiKeyHash);

  /** Replaces the tenant's health model and marks every customer to be re-judged by it at the next catch-up. */
  CompletionStage<Void> saveHealthModel(io.customerintel.domain.tenant.TenantId tenantId, HealthPolicy model);
}

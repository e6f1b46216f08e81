package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.ApiKey;
import io.customerintel.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Stores a tenant's API keys: their names, scopes and hashes (never the secret), and when they were revoked. */
public interface ApiKeyRepository {

  CompletionStage<ApiKey> create(TenantId tenantId, NewApiKey key);

  /** Every key of the tenant, revoked ones included, by id. */
  CompletionStage<List<ApiKey>> list(TenantId tenantId);

  /** The tenant's key with this id; empty when it has none (whether or not another tenant does). */
  CompletionStage<Optional<ApiKey>> find(TenantId tenantId, long keyId);

  /**
   * Revokes the tenant's key unless it is the tenant's last unrevoked ADMIN key. The check and the revocation are
   * atomic, so two revocations at once cannot both pass it and leave the tenant without one.
   */
  CompletionStage<KeyRevocation> revoke(TenantId tenantId, long keyId);
}

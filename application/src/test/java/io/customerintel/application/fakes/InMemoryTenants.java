package io.customerintel.application.fakes;

import io.customerintel.application.port.out.KeyOwner;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.TenantRepository;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** TenantRepository over the in-memory store; keeps key hashes only, as the real one does. */
public final class InMemoryTenants implements TenantRepository {
  private final InMemoryStore store;
  public int hashLookups;

  public InMemoryTenants(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<Tenant> create(String name, Currency currency, ZoneId zone, byte[] apiKeyHash,
                                        List<DefectionReason> defaultReasons) {
    if (store.tenants.stream().anyMatch(t -> t.name().equals(name))) {
      return CompletableFuture.failedFuture(new UseCaseException(ErrorCodes.CONFLICT, "tenant name taken"));
    }
    Tenant tenant = new Tenant(new TenantId(store.nextId()), name, currency, zone, LifecyclePolicy.DEFAULT,
        Instant.parse("2025-01-01T00:00:00Z"));
    store.tenants.add(tenant);
    store.apiKeys.put(HexFormat.of().formatHex(apiKeyHash), tenant.id());
    store.seedReasons(tenant.id(), defaultReasons);
    return CompletableFuture.completedFuture(tenant);
  }

  @Override
  public CompletionStage<Void> addApiKey(TenantId tenantId, byte[] apiKeyHash) {
    store.apiKeys.put(HexFormat.of().formatHex(apiKeyHash), tenantId);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<List<Tenant>> list() {
    return CompletableFuture.completedFuture(List.copyOf(store.tenants));
  }

  @Override
  public CompletionStage<Optional<Tenant>> findByName(String name) {
    return CompletableFuture.completedFuture(store.tenants.stream().filter(t -> t.name().equals(name)).findFirst());
  }

  private CompletionStage<Optional<Tenant>> findByApiKeyHash(byte[] apiKeyHash) {
    hashLookups++;
    TenantId id = store.apiKeys.get(HexFormat.of().formatHex(apiKeyHash));
    return CompletableFuture.completedFuture(store.tenants.stream().filter(t -> t.id().equals(id)).findFirst());
  }

  @Override
  public CompletionStage<Optional<KeyOwner>> findKeyOwner(byte[] apiKeyHash) {
    return findByApiKeyHash(apiKeyHash).thenApply(found -> found.map(tenant -> new KeyOwner(tenant,
        ApiKeyGrant.everything(1, "default"))));
  }

  @Override
  public CompletionStage<Void> saveHealthModel(TenantId tenantId, HealthPolicy model) {
    for (int i = 0; i < store.tenants.size(); i++) {
      Tenant t = store.tenants.get(i);
      if (t.id().equals(tenantId)) {
        store.tenants.set(i, new Tenant(t.id(), t.name(), t.currency(), t.zone(), t.lifecyclePolicy(), model,
            t.createdAt()));
      }
    }
    store.reassessAll.add(tenantId);
    return CompletableFuture.completedFuture(null);
  }

  /** The stored hashes, to check that no clear-text key is kept. */
  public List<String> storedKeyHashes() {
    return List.copyOf(store.apiKeys.keySet());
  }
}

package io.customerintel.application.fakes;

import io.customerintel.application.port.out.ApiKeyRepository;
import io.customerintel.application.port.out.KeyRevocation;
import io.customerintel.application.port.out.NewApiKey;
import io.customerintel.domain.tenant.ApiKey;
import io.customerintel.domain.tenant.ApiKeyScope;
import io.customerintel.domain.tenant.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** ApiKeyRepository in memory, keeping hashes only, with the real one's last-ADMIN-key rule. */
public final class InMemoryApiKeys implements ApiKeyRepository {
  private final Clock clock;
  private final Map<Long, TenantId> owners = new LinkedHashMap<>();
  private final Map<Long, ApiKey> keys = new LinkedHashMap<>();
  /** Hex SHA-256 of every stored secret, by key id. */
  public final Map<Long, String> hashes = new LinkedHashMap<>();
  private long nextId = 1;

  public InMemoryApiKeys(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized CompletionStage<ApiKey> create(TenantId tenantId, NewApiKey key) {
    ApiKey created = new ApiKey(nextId++, key.name(), key.scopes(), key.persistedQueriesOnly(), clock.instant(), null,
        key.bucketCapacity(), key.bucketRefillPerSecond());
    owners.put(created.id(), tenantId);
    keys.put(created.id(), created);
    hashes.put(created.id(), HexFormat.of().formatHex(key.secretHash()));
    return CompletableFuture.completedFuture(created);
  }

  @Override
  public synchronized CompletionStage<List<ApiKey>> list(TenantId tenantId) {
    List<ApiKey> own = new ArrayList<>();
    keys.values().stream().filter(key -> owners.get(key.id()).equals(tenantId)).forEach(own::add);
    return CompletableFuture.completedFuture(own);
  }

  @Override
  public synchronized CompletionStage<Optional<ApiKey>> find(TenantId tenantId, long keyId) {
    return CompletableFuture.completedFuture(Optional.ofNullable(keys.get(keyId))
        .filter(key -> owners.get(key.id()).equals(tenantId)));
  }

  @Override
  public synchronized CompletionStage<KeyRevocation> revoke(TenantId tenantId, long keyId) {
    ApiKey key = keys.get(keyId);
    if (key == null || !owners.get(keyId).equals(tenantId)) {
      return CompletableFuture.completedFuture(new KeyRevocation(KeyRevocation.Outcome.NOT_FOUND, Optional.empty()));
    }
    if (key.revoked()) {
      return CompletableFuture.completedFuture(new KeyRevocation(KeyRevocation.Outcome.ALREADY_REVOKED,
          Optional.of(key)));
    }
    long admins = keys.values().stream()
        .filter(k -> owners.get(k.id()).equals(tenantId) && !k.revoked() && k.allows(ApiKeyScope.ADMIN)).count();
    if (key.allows(ApiKeyScope.ADMIN) && admins <= 1) {
      return CompletableFuture.completedFuture(new KeyRevocation(KeyRevocation.Outcome.LAST_ADMIN_KEY,
          Optional.of(key)));
    }
    ApiKey revoked = new ApiKey(key.id(), key.name(), key.scopes(), key.persistedQueriesOnly(), key.createdAt(),
        clock.instant(), key.bucketCapacity(), key.bucketRefillPerSecond());
    keys.put(keyId, revoked);
    return CompletableFuture.completedFuture(new KeyRevocation(KeyRevocation.Outcome.REVOKED, Optional.of(revoked)));
  }
}

package io.customerintel.domain.tenant;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One of a tenant's API keys as its administrators see it: never the secret, which is stored only as a hash. Its own
 * rate limit (bucket capacity and refill per second) is null where the server's default applies.
 */
public record ApiKey(long id, String name, Set<ApiKeyScope> scopes, boolean persistedQueriesOnly, Instant createdAt,
                     Instant revokedAt, Integer bucketCapacity, Integer bucketRefillPerSecond) {
  public ApiKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    if (scopes == null || scopes.isEmpty()) {
      throw new IllegalArgumentException("a key has at least one scope");
    }
    // enum order, so listings show READ, WRITE, ADMIN whatever order they were granted in
    scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
  }

  /** A key on the server's default rate limit. */
  public ApiKey(long id, String name, Set<ApiKeyScope> scopes, boolean persistedQueriesOnly, Instant createdAt,
                Instant revokedAt) {
    this(id, name, scopes, persistedQueriesOnly, createdAt, revokedAt, null, null);
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  public boolean allows(ApiKeyScope scope) {
    return scopes.contains(scope);
  }
}

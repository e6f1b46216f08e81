package io.customerintel.domain.tenant;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** One of a tenant's API keys as its administrators see it: never the secret, which is stored only as a hash. */
public record ApiKey(long id, String name, Set<ApiKeyScope> scopes, boolean persistedQueriesOnly, Instant createdAt,
                     Instant revokedAt) {
  public ApiKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    if (scopes == null || scopes.isEmpty()) {
      throw new IllegalArgumentException("a key has at least one scope");
    }
    // enum order, so listings show READ, WRITE, ADMIN whatever order they were granted in
    scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  public boolean allows(ApiKeyScope scope) {
    return scopes.contains(scope);
  }
}

package io.customerintel.domain.tenant;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one API key of a tenant is allowed: its scopes, whether it may only run persisted queries, and its own rate
 * limit (null: the server's default).
 */
public record ApiKeyGrant(long keyId, String name, Set<ApiKeyScope> scopes, boolean persistedQueriesOnly,
                          Integer bucketCapacity, Integer bucketRefillPerSecond) {
  public ApiKeyGrant {
    Objects.requireNonNull(name, "name");
    if (scopes == null || scopes.isEmpty()) {
      throw new IllegalArgumentException("a key has at least one scope");
    }
    scopes = Set.copyOf(EnumSet.copyOf(scopes));
    if ((bucketCapacity != null && bucketCapacity <= 0)
        || (bucketRefillPerSecond != null && bucketRefillPerSecond <= 0)) {
      throw new IllegalArgumentException("a key's bucket capacity and refill rate are positive");
    }
  }

  /** A key with every scope and the defaults: what `tenant create` prints. */
  public static ApiKeyGrant everything(long keyId, String name) {
    return new ApiKeyGrant(keyId, name, EnumSet.allOf(ApiKeyScope.class), false, null, null);
  }

  public boolean allows(ApiKeyScope scope) {
    return scopes.contains(scope);
  }
}

package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.ApiKeyScope;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A key to store: its validated name, scopes and own rate limit (null: the server's default), and the SHA-256 hash of
 * its secret.
 */
public record NewApiKey(String name, Set<ApiKeyScope> scopes, boolean persistedQueriesOnly, byte[] secretHash,
                        Integer bucketCapacity, Integer bucketRefillPerSecond) {
  public NewApiKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(secretHash, "secretHash");
    if (scopes == null || scopes.isEmpty()) {
      throw new IllegalArgumentException("a key has at least one scope");
    }
    scopes = Set.copyOf(EnumSet.copyOf(scopes));
  }

  /** A key on the server's default rate limit. */
  public NewApiKey(String name, Set<ApiKeyScope> scopes, boolean persistedQueriesOnly, byte[] secretHash) {
    this(name, scopes, persistedQueriesOnly, secretHash, null, null);
  }
}

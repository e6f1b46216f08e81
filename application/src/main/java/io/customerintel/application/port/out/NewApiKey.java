package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.ApiKeyScope;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A key to store: its validated name and scopes, and the SHA-256 hash of its secret. */
public record NewApiKey(String name, Set<ApiKeyScope> scopes, boolean persistedQueriesOnly, byte[] secretHash) {
  public NewApiKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(secretHash, "secretHash");
    if (scopes == null || scopes.isEmpty()) {
      throw new IllegalArgumentException("a key has at least one scope");
    }
    scopes = Set.copyOf(EnumSet.copyOf(scopes));
  }
}

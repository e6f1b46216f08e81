package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.ApiKey;
import java.util.Objects;
import java.util.Optional;

/** What a revocation did, with the key as it is afterwards (empty only when the tenant has no such key). */
public record KeyRevocation(Outcome outcome, Optional<ApiKey> key) {
  public KeyRevocation {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(key, "key");
    if (key.isEmpty() != (outcome == Outcome.NOT_FOUND)) {
      throw new IllegalArgumentException("a key is returned exactly when one was found");
    }
  }

  /** How a revocation ended. */
  public enum Outcome {
    REVOKED,
    ALREADY_REVOKED,
    NOT_FOUND,
    LAST_ADMIN_KEY
  }
}

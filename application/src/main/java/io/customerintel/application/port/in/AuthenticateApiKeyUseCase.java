package io.customerintel.application.port.in;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Resolves a presented API key (the secret) to its tenant; empty when the key is unknown. */
public interface AuthenticateApiKeyUseCase {
  /** The caller behind the key: its tenant and what the key may do; empty when the key is unknown or revoked. */
  CompletionStage<Optional<Caller>> authenticateCaller(String apiKey);

  default CompletionStage<Optional<AuthenticatedTenant>> authenticate(String apiKey) {
    return authenticateCaller(apiKey).thenApply(caller -> caller.map(Caller::tenant));
  }
}

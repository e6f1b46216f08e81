package io.customerintel.application.port.in;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Resolves a presented API key (the secret) to its tenant; empty when the key is unknown. */
public interface AuthenticateApiKeyUseCase {
  CompletionStage<Optional<AuthenticatedTenant>> authenticate(String apiKey);
}

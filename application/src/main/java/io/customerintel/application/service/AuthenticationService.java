package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticateApiKeyUseCase;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.Caller;
import io.customerintel.application.port.out.TenantRepository;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Resolves API keys to tenants by the hash of the key. */
public final class AuthenticationService implements AuthenticateApiKeyUseCase {
  private final TenantRepository tenants;

  public AuthenticationService(TenantRepository tenants) {
    this.tenants = tenants;
  }

  @Override
  public CompletionStage<Optional<Caller>> authenticateCaller(String apiKey) {
    if (!ApiKeys.wellFormed(apiKey)) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return tenants.findKeyOwner(ApiKeys.hash(apiKey))
        .thenApply(found -> found.map(owner -> new Caller(AuthenticatedTenant.of(owner.tenant()), owner.grant())));
  }
}

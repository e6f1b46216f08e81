package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.ManageTenantsUseCase;
import io.customerintel.application.port.out.TenantRepository;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.money.CurrencyCode;
import io.customerintel.domain.tenant.Tenant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Creates tenants with their first key and the default defection reasons. */
public final class TenantService implements ManageTenantsUseCase {
  private final TenantRepository tenants;

  public TenantService(TenantRepository tenants) {
    this.tenants = tenants;
  }

  @Override
  public CompletionStage<CreatedTenant> createTenant(CreateTenant command) {
    Currency currency;
    try {
      Tenant.validName(command.name());
      currency = CurrencyCode.parse(command.currency() == null ? "EUR" : command.currency());
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(new UseCaseException(ErrorCodes.BAD_USER_INPUT, e.getMessage()));
    }
    String apiKey = ApiKeys.generate();
    return tenants.create(command.name(), currency, command.zone(), ApiKeys.hash(apiKey), DefaultDefectionReasons.ALL)
        .thenApply(tenant -> new CreatedTenant(tenant, apiKey));
  }

  @Override
  public CompletionStage<Void> installApiKey(io.customerintel.domain.tenant.TenantId tenantId, String apiKey) {
    if (!ApiKeys.wellFormed(apiKey)) {
      return CompletableFuture.failedFuture(new UseCaseException(ErrorCodes.BAD_USER_INPUT,
          "an API key is 16 to 128 letters, digits, '-' or '_'"));
    }
    return tenants.addApiKey(tenantId, ApiKeys.hash(apiKey));
  }

  @Override
  public CompletionStage<List<Tenant>> listTenants() {
    return tenants.list();
  }

  @Override
  public CompletionStage<Optional<Tenant>> findTenant(String name) {
    return tenants.findByName(name);
  }
}

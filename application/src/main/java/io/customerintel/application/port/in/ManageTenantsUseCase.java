package io.customerintel.application.port.in;

import io.customerintel.domain.tenant.Tenant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Operator tasks: create tenants (with their first API key) and list them. */
public interface ManageTenantsUseCase {

  /** Fails with CONFLICT when the name is taken and BAD_USER_INPUT for a bad name or currency. */
  CompletionStage<CreatedTenant> createTenant(CreateTenant command);

  CompletionStage<List<Tenant>> listTenants();

  /**
   * Makes a key the operator chose (e.g. the documented demo key) valid for the tenant too.
   * Fails with BAD_USER_INPUT when the key is not well formed.
   */
  CompletionStage<Void> installApiKey(io.customerintel.domain.tenant.TenantId tenantId, String apiKey);

  CompletionStage<Optional<Tenant>> findTenant(String name);

  record CreateTenant(String name, String currency, ZoneId zone) {
    public CreateTenant {
      Objects.requireNonNull(zone, "zone");
    }
  }

  /** The new tenant and its API key in clear text: shown once, stored only as a hash. */
  record CreatedTenant(Tenant tenant, String apiKey) {}
}

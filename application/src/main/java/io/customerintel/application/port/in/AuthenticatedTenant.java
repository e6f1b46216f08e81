package io.customerintel.application.port.in;

import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.tenant.TenantId;
import java.time.ZoneId;
import java.util.Objects;

/** The tenant a request acts for, as known after authentication; scopes every use case call. */
public record AuthenticatedTenant(TenantId tenantId, String name, String currency, ZoneId zone,
                                  LifecyclePolicy lifecyclePolicy) {
  public AuthenticatedTenant {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(lifecyclePolicy, "lifecyclePolicy");
  }

  public AuthenticatedTenant(TenantId tenantId, String name, String currency, ZoneId zone) {
    this(tenantId, name, currency, zone, LifecyclePolicy.DEFAULT);
  }

  public static AuthenticatedTenant of(Tenant tenant) {
    return new AuthenticatedTenant(tenant.id(), tenant.name(), tenant.currency().getCurrencyCode(), tenant.zone(),
        tenant.lifecyclePolicy());
  }
}

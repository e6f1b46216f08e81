package io.customerintel.application.port.in;

import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.prediction.PredictionModel;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.tenant.TenantId;
import java.time.ZoneId;
import java.util.Objects;

/** The tenant a request acts for, as known after authentication; scopes every use case call. */
public record AuthenticatedTenant(TenantId tenantId, String name, String currency, ZoneId zone,
                                  LifecyclePolicy lifecyclePolicy, HealthPolicy healthPolicy,
                                  PredictionModel predictionModel) {
  public AuthenticatedTenant {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(lifecyclePolicy, "lifecyclePolicy");
    Objects.requireNonNull(healthPolicy, "healthPolicy");
  }

  /** A tenant without fitted customer-base models. */
  public AuthenticatedTenant(TenantId tenantId, String name, String currency, ZoneId zone,
                             LifecyclePolicy lifecyclePolicy, HealthPolicy healthPolicy) {
    this(tenantId, name, currency, zone, lifecyclePolicy, healthPolicy, null);
  }

  public AuthenticatedTenant(TenantId tenantId, String name, String currency, ZoneId zone,
                             LifecyclePolicy lifecyclePolicy) {
    this(tenantId, name, currency, zone, lifecyclePolicy, HealthPolicy.DEFAULT);
  }

  public AuthenticatedTenant(TenantId tenantId, String name, String currency, ZoneId zone) {
    this(tenantId, name, currency, zone, LifecyclePolicy.DEFAULT);
  }

  public static AuthenticatedTenant of(Tenant tenant) {
    return new AuthenticatedTenant(tenant.id(), tenant.name(), tenant.currency().getCurrencyCode(), tenant.zone(),
        tenant.lifecyclePolicy(), tenant.healthPolicy(), tenant.predictionModel());
  }

  /** The rules that derive this tenant's customer data. */
  public CustomerRules rules() {
    return new CustomerRules(zone, lifecyclePolicy, healthPolicy, predictionModel);
  }
}

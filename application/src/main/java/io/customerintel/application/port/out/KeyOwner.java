package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.ApiKeyGrant;
import io.customerintel.domain.tenant.Tenant;
import java.util.Objects;

/** A stored, unrevoked API key's tenant and grant. */
public record KeyOwner(Tenant tenant, ApiKeyGrant grant) {
  public KeyOwner {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(grant, "grant");
  }
}

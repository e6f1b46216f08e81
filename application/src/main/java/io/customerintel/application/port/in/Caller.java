package io.customerintel.application.port.in;

import io.customerintel.domain.tenant.ApiKeyGrant;
import java.util.Objects;

/** Who is calling: the tenant the API key belongs to and what that key is allowed. */
public record Caller(AuthenticatedTenant tenant, ApiKeyGrant grant) {
  public Caller {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(grant, "grant");
  }
}

package io.customerintel.application.service;

import io.customerintel.domain.tenant.TenantId;

/** Told after every write that may change what a tenant's reports answer, so nothing stale is served afterwards. */
public interface TenantDataChanges {
  void changed(TenantId tenantId);
}

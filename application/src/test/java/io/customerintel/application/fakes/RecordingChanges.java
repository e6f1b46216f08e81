package io.customerintel.application.fakes;

import io.customerintel.application.service.TenantDataChanges;
import io.customerintel.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** TenantDataChanges that remembers which tenants were told about, in order. */
public final class RecordingChanges implements TenantDataChanges {
  public final List<TenantId> changed = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void changed(TenantId tenantId) {
    changed.add(tenantId);
  }
}

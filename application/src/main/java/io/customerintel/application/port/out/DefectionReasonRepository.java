package io.customerintel.application.port.out;

import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.tenant.TenantId;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** A tenant's defection reasons, the defaults and its own. */
public interface DefectionReasonRepository {

  CompletionStage<List<DefectionReason>> all(TenantId tenantId);

  /** Creates the reason, or redefines the tenant's reason with that code. */
  CompletionStage<DefectionReason> define(TenantId tenantId, DefectionReason reason);
}

package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.value.ValueTierThresholds;
import java.util.concurrent.CompletionStage;

/** Ranks a tenant's paying customers by lifetime revenue (see ValueTierThresholds for the rule). */
public interface RevenueRanking {
  CompletionStage<ValueTierThresholds> thresholds(TenantId tenantId);
}

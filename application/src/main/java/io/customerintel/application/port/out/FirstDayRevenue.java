package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Revenue of customers' first purchase day: what separates their repeat spend from their lifetime revenue. */
public interface FirstDayRevenue {

  /** For the given customers (one lookup for all); customers without purchases are absent. */
  CompletionStage<Map<CustomerId, BigDecimal>> of(TenantId tenantId, List<CustomerId> customers);
}

package io.customerintel.application.port.out;

import io.customerintel.domain.analytics.FlowTally;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Reads the tenant's customers-in-vs-out ledger (maintained on every write) as sums per period. */
public interface FlowLedger {
  /**
   * The balance before the first period and each period's totals, as {@link FlowTally#of} defines them; days after
   * today are ignored (they have not happened yet). The periods follow each other without gaps.
   */
  CompletionStage<FlowTally> tally(TenantId tenantId, List<Period> periods, LocalDate today);
}

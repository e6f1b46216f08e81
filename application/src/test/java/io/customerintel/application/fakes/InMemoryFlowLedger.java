package io.customerintel.application.fakes;

import io.customerintel.application.port.out.FlowLedger;
import io.customerintel.domain.analytics.FlowTally;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.flow.FlowEvent;
import io.customerintel.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** FlowLedger over events a test adds, summed by the domain's reference implementation. */
public final class InMemoryFlowLedger implements FlowLedger {
  private final Map<TenantId, List<FlowEvent>> events = new HashMap<>();
  public final List<List<Period>> asked = new ArrayList<>();

  public void add(TenantId tenantId, FlowEvent event) {
    events.computeIfAbsent(tenantId, t -> new ArrayList<>()).add(event);
  }

  @Override
  public CompletionStage<FlowTally> tally(TenantId tenantId, List<Period> periods, LocalDate today) {
    asked.add(periods);
    return CompletableFuture.completedFuture(FlowTally.of(events.getOrDefault(tenantId, List.of()), periods, today));
  }
}

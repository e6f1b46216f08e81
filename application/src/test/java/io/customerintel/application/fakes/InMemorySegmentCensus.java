package io.customerintel.application.fakes;

import io.customerintel.application.port.out.SegmentCensus;
import io.customerintel.domain.analytics.SegmentCell;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.tenure.Tenure;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import io.customerintel.domain.value.ValueTierThresholds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * SegmentCensus over the in-memory store, customer by customer. The counts are taken when asked (a snapshot) and
 * delivered when {@link #gate} completes, so a test can interleave a write with a computation in progress.
 */
public final class InMemorySegmentCensus implements SegmentCensus {
  private final InMemoryStore store;
  /** Customers a test puts in a risk band (the census reads these, not the health the store derives). */
  public final Set<CustomerId> atRisk = new HashSet<>();
  public volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);
  public int calls;

  public InMemorySegmentCensus(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<List<SegmentCell>> count(TenantId tenantId, LocalDate today, ValueTierThresholds thresholds) {
    calls++;
    Map<List<Enum<?>>, SegmentCell> cells = new LinkedHashMap<>();
    for (Customer customer : store.customersOf(tenantId).values()) {
      ValueTier tier = thresholds.tierOf(customer.facts().revenue());
      TenureBand band = Tenure.of(customer.facts(), today).band();
      LifecycleStage stage = store.timelineOf(customer.id()).stageOn(today);
      boolean lost = stage == LifecycleStage.LOST;
      boolean risky = HealthBand.BUYING_STAGES.contains(stage) && atRisk.contains(customer.id());
      SegmentCell one = new SegmentCell(tier, band, 1, customer.facts().revenue(), risky ? 1 : 0, lost ? 1 : 0);
      cells.merge(List.of(tier, band), one, (a, b) -> new SegmentCell(tier, band, a.customers() + b.customers(),
          a.revenue().add(b.revenue()), a.atRisk() + b.atRisk(), a.lost() + b.lost()));
    }
    List<SegmentCell> counted = new ArrayList<>(cells.values());
    return gate.thenApply(open -> counted);
  }
}

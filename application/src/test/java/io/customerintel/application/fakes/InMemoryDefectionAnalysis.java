package io.customerintel.application.fakes;

import io.customerintel.application.port.out.DefectionAnalysis;
import io.customerintel.domain.analytics.CustomerLoss;
import io.customerintel.domain.analytics.DefectionSummary;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.value.ValueTier;
import io.customerintel.domain.value.ValueTierThresholds;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** DefectionAnalysis over the in-memory store: every defection judged one by one with the domain's rules. */
public final class InMemoryDefectionAnalysis implements DefectionAnalysis {
  private final InMemoryStore store;
  public int calls;

  public InMemoryDefectionAnalysis(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<DefectionSummary> summarize(TenantId tenantId, ZoneId zone, Period range) {
    calls++;
    ValueTierThresholds current = ValueTierThresholds.fromRevenues(
        store.customersOf(tenantId).values().stream().map(c -> c.facts().revenue()).toList());
    List<CustomerLoss> losses = new ArrayList<>();
    for (Defection defection : store.defectionsOf(tenantId)) {
      LocalDate day = LocalDate.ofInstant(defection.occurredAt(), zone);
      Customer customer = store.customersOf(tenantId).values().stream()
          .filter(c -> c.id().equals(defection.customerId())).findFirst().orElseThrow();
      CustomerFacts facts = customer.facts();
      ValueTier stored = store.tierOf(defection.id());
      losses.add(new CustomerLoss(day, store.reasonsOf(tenantId).get(defection.reasonCode()),
          stored == null ? current.tierOf(facts.revenue()) : stored,
          CustomerLoss.tenureBand(facts.firstPurchaseAt(), facts.firstPurchaseDay(), defection.occurredAt(), day),
          CustomerLoss.lostValue(defection.lostAnnualValue(), store.purchaseDays(tenantId, customer.id()), day)));
    }
    return CompletableFuture.completedFuture(DefectionSummary.of(range, losses));
  }
}

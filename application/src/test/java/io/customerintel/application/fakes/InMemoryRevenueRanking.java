package io.customerintel.application.fakes;

import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.value.ValueTierThresholds;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** RevenueRanking over the in-memory store, by the domain's reference implementation. */
public final class InMemoryRevenueRanking implements RevenueRanking {
  private final InMemoryStore store;
  public int calls;

  public InMemoryRevenueRanking(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<ValueTierThresholds> thresholds(TenantId tenantId) {
    calls++;
    return CompletableFuture.completedFuture(ValueTierThresholds.fromRevenues(
        store.customersOf(tenantId).values().stream().map(Customer::facts).map(f -> f.revenue()).toList()));
  }
}

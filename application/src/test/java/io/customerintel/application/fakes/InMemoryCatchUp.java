package io.customerintel.application.fakes;

import io.customerintel.application.port.out.CustomerCatchUp;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * CustomerCatchUp over the in-memory store. It re-judges every customer's health on each call (the real one only
 * those due): simpler, and the same answers, since re-judging a customer who is not due changes nothing.
 */
public final class InMemoryCatchUp implements CustomerCatchUp {
  private final InMemoryStore store;
  public int calls;

  public InMemoryCatchUp(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<Optional<Instant>> catchUp(TenantId tenantId, CustomerRules rules, Instant now) {
    calls++;
    boolean modelChanged = store.reassessAll.remove(tenantId);
    for (Customer customer : List.copyOf(store.customersOf(tenantId).values())) {
      if (modelChanged) {
        store.assessedAt.remove(customer.id());
      }
      store.reassess(tenantId, customer.id(), rules, now, true);
    }
    return CompletableFuture.completedFuture(Optional.empty());
  }

  @Override
  public CompletionStage<Long> rederiveAll(TenantId tenantId, CustomerRules rules, Clock clock) {
    List<Customer> customers = List.copyOf(store.customersOf(tenantId).values());
    for (Customer customer : customers) {
      store.reassess(tenantId, customer.id(), rules, clock.instant(), false);
    }
    return CompletableFuture.completedFuture((long) customers.size());
  }
}

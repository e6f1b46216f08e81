package io.customerintel.application.fakes;

import io.customerintel.application.port.out.DefectionRepository;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** DefectionRepository over the in-memory store: one defection per customer, time and reason. */
public final class InMemoryDefections implements DefectionRepository {
  private final InMemoryStore store;
  public final List<NewDefection> recorded = new ArrayList<>();
  public int byIdsCalls;
  private final InMemoryKeys keys = new InMemoryKeys();

  public InMemoryDefections(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<Defection> record(TenantId tenantId, NewDefection d, CustomerRules rules, Instant now,
                                          Optional<IdempotentRequest> request) {
    return keys.once(tenantId, request, () -> stored(tenantId, d, rules, now));
  }

  private CompletionStage<Defection> stored(TenantId tenantId, NewDefection d, CustomerRules rules, Instant now) {
    recorded.add(d);
    for (Defection existing : store.defectionsOf(tenantId)) {
      if (existing.customerId().equals(d.customerId()) && existing.occurredAt().equals(d.occurredAt())
          && existing.reasonCode().equals(d.reasonCode())) {
        return CompletableFuture.completedFuture(existing);
      }
    }
    if (!store.reasonsOf(tenantId).containsKey(d.reasonCode())) {
      return CompletableFuture.failedFuture(new IllegalStateException("foreign key: no reason " + d.reasonCode()));
    }
    Defection stored = new Defection(new DefectionId(store.nextId()), d.customerId(), d.occurredAt(), d.reasonCode(),
        d.detail(), d.competitor(), d.lostAnnualValue());
    store.defectionsOf(tenantId).add(stored);
    store.rederive(tenantId, d.customerId(), rules, now, false);
    if (d.valueTier() != null) {
      store.defectionTiers.put(stored.id(), d.valueTier());
    }
    return CompletableFuture.completedFuture(stored);
  }

  @Override
  public CompletionStage<Map<DefectionId, Defection>> byIds(TenantId tenantId, Collection<DefectionId> ids) {
    byIdsCalls++;
    Map<DefectionId, Defection> found = new LinkedHashMap<>();
    store.defectionsOf(tenantId).stream().filter(d -> ids.contains(d.id())).forEach(d -> found.put(d.id(), d));
    return CompletableFuture.completedFuture(found);
  }
}

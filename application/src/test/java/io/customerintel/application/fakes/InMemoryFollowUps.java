package io.customerintel.application.fakes;

import io.customerintel.application.port.out.FollowUpRepository;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewFollowUp;
import io.customerintel.domain.followup.FollowUp;
import io.customerintel.domain.followup.FollowUpId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** FollowUpRepository over the in-memory store: once per customer, time and person; re-derives health. */
public final class InMemoryFollowUps implements FollowUpRepository {
  private final InMemoryStore store;
  private final InMemoryKeys keys = new InMemoryKeys();

  public InMemoryFollowUps(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<FollowUp> record(TenantId tenantId, NewFollowUp f, CustomerRules rules, Instant now,
                                         Optional<IdempotentRequest> request) {
    return keys.once(tenantId, request, () -> stored(tenantId, f, rules, now));
  }

  private CompletionStage<FollowUp> stored(TenantId tenantId, NewFollowUp f, CustomerRules rules, Instant now) {
    List<FollowUp> stored = store.followUps.computeIfAbsent(f.customerId(), id -> new ArrayList<>());
    for (FollowUp existing : stored) {
      if (existing.at().equals(f.at()) && existing.by().equals(f.by())) {
        return CompletableFuture.completedFuture(existing);
      }
    }
    FollowUp followUp = new FollowUp(new FollowUpId(store.nextId()), f.customerId(), f.at(), f.by(), f.notes());
    stored.add(followUp);
    store.rederive(tenantId, f.customerId(), rules, now, false);
    return CompletableFuture.completedFuture(followUp);
  }
}

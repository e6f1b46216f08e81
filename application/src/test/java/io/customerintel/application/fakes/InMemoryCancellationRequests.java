package io.customerintel.application.fakes;

import io.customerintel.application.port.out.CancellationRequests;
import io.customerintel.application.port.out.DefectionRepository;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewCancellationRequest;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.savedesk.CancellationRequest;
import io.customerintel.domain.savedesk.CancellationRequestId;
import io.customerintel.domain.savedesk.RequestTally;
import io.customerintel.domain.savedesk.SaveAttempt;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** CancellationRequests in memory: once per customer, time and reason; closed by the first attempt only. */
public final class InMemoryCancellationRequests implements CancellationRequests {
  private final Map<CancellationRequestId, Stored> requests = new LinkedHashMap<>();
  private long nextId = 1;
  private final InMemoryKeys keys = new InMemoryKeys();
  private final DefectionRepository defections;

  /** Records a LOST attempt's defection in the given repository. */
  public InMemoryCancellationRequests(DefectionRepository defections) {
    this.defections = defections;
  }

  @Override
  public synchronized CompletionStage<CancellationRequest> open(TenantId tenantId, NewCancellationRequest request,
                                                                ZoneId zone, Optional<IdempotentRequest> key) {
    return keys.once(tenantId, key, () -> stored(tenantId, request, zone));
  }

  private CompletionStage<CancellationRequest> stored(TenantId tenantId, NewCancellationRequest request, ZoneId zone) {
    for (Stored stored : requests.values()) {
      CancellationRequest existing = stored.request();
      if (stored.tenantId().equals(tenantId) && existing.customerId().equals(request.customerId())
          && existing.requestedAt().equals(request.requestedAt())
          && existing.reasonCode().equals(request.reasonCode())) {
        return CompletableFuture.completedFuture(existing);
      }
    }
    CancellationRequest created = new CancellationRequest(new CancellationRequestId(nextId++), request.customerId(),
        request.reasonCode(), request.requestedAt(), List.of());
    requests.put(created.id(), new Stored(tenantId, LocalDate.ofInstant(request.requestedAt(), zone), created));
    return CompletableFuture.completedFuture(created);
  }

  @Override
  public synchronized CompletionStage<Map<CancellationRequestId, CancellationRequest>> byIds(
      TenantId tenantId, Collection<CancellationRequestId> ids) {
    Map<CancellationRequestId, CancellationRequest> found = new HashMap<>();
    for (CancellationRequestId id : ids) {
      Stored stored = requests.get(id);
      if (stored != null && stored.tenantId().equals(tenantId)) {
        found.put(id, stored.request());
      }
    }
    return CompletableFuture.completedFuture(found);
  }

  @Override
  public synchronized CompletionStage<CancellationRequest> close(TenantId tenantId, CancellationRequestId id,
                                                                 SaveAttempt attempt) {
    Stored stored = requests.get(id);
    if (stored.request().isOpen()) {
      CancellationRequest r = stored.request();
      stored = new Stored(tenantId, stored.day(), new CancellationRequest(r.id(), r.customerId(), r.reasonCode(),
          r.requestedAt(), List.of(attempt)));
      requests.put(id, stored);
    }
    return CompletableFuture.completedFuture(stored.request());
  }

  @Override
  public synchronized CompletionStage<CancellationRequest> closeLost(TenantId tenantId, CancellationRequestId id,
                                                                     SaveAttempt attempt, NewDefection defection,
                                                                     CustomerRules rules, Instant now) {
    boolean open = requests.get(id).request().isOpen();
    return close(tenantId, id, attempt).thenCompose(closed -> open
        ? defections.record(tenantId, defection, rules, now).thenApply(stored -> closed)
        : CompletableFuture.completedFuture(closed));
  }

  @Override
  public synchronized CompletionStage<List<RequestTally>> tallies(TenantId tenantId, Period period) {
    List<RequestTally> tallies = new ArrayList<>();
    for (Stored stored : requests.values()) {
      if (stored.tenantId().equals(tenantId) && period.contains(stored.day())) {
        tallies.add(new RequestTally(stored.day(), stored.request().reasonCode(), stored.request().status(), 1));
      }
    }
    return CompletableFuture.completedFuture(tallies);
  }

  private record Stored(TenantId tenantId, LocalDate day, CancellationRequest request) {}
}

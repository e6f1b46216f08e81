package io.customerintel.application.fakes;

import io.customerintel.application.port.out.HealthHistory;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthChange;
import io.customerintel.domain.health.HealthPoint;
import io.customerintel.domain.health.RiskSignal;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** HealthHistory over the changes the in-memory store records on every re-derivation. */
public final class InMemoryHealthHistory implements HealthHistory {
  private final InMemoryStore store;

  public InMemoryHealthHistory(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<Map<CustomerId, HealthPoint>> pointsAt(TenantId tenantId, Collection<CustomerId> customers,
                                                                Instant at) {
    Map<CustomerId, HealthPoint> points = new HashMap<>();
    for (CustomerId id : customers) {
      HealthPoint point = null;
      for (HealthChange change : store.healthChanges.getOrDefault(id, List.of())) {
        point = change.at().isAfter(at) ? point : point(change);
      }
      if (point != null) {
        points.put(id, point);
      }
    }
    return CompletableFuture.completedFuture(points);
  }

  @Override
  public CompletionStage<Map<CustomerId, List<HealthPoint>>> since(TenantId tenantId,
                                                                   Collection<CustomerId> customers, Instant since) {
    Map<CustomerId, List<HealthPoint>> lines = new HashMap<>();
    Map<CustomerId, HealthPoint> start = pointsAt(tenantId, customers, since).toCompletableFuture().join();
    for (CustomerId id : customers) {
      List<HealthPoint> line = new ArrayList<>();
      if (start.containsKey(id)) {
        line.add(start.get(id));
      }
      store.healthChanges.getOrDefault(id, List.of()).stream().filter(c -> c.at().isAfter(since))
          .forEach(c -> line.add(point(c)));
      lines.put(id, line);
    }
    return CompletableFuture.completedFuture(lines);
  }

  private static HealthPoint point(HealthChange change) {
    return new HealthPoint(change.at(), change.assessment().score(), change.assessment().band(),
        change.assessment().signals().stream().map(RiskSignal::code).sorted().toList());
  }
}

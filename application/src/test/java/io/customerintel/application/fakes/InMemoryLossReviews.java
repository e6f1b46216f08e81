package io.customerintel.application.fakes;

import io.customerintel.application.port.out.LossReviews;
import io.customerintel.application.port.out.StartedLossReview;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.lossreview.LostCustomer;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Loss reviews in memory; tests add the defections the reviews read. */
public final class InMemoryLossReviews implements LossReviews {
  private final Map<String, Instant> started = new HashMap<>();
  private final Map<TenantId, List<Defection>> defections = new HashMap<>();

  public void add(TenantId tenantId, Defection defection) {
    defections.computeIfAbsent(tenantId, t -> new ArrayList<>()).add(defection);
  }

  /** The tenant's defection with this id, for the calls fake. */
  Optional<Defection> defection(TenantId tenantId, DefectionId id) {
    return defections.getOrDefault(tenantId, List.of()).stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** Stores a changed defection in place of the one with its id. */
  void replace(TenantId tenantId, Defection changed) {
    defections.get(tenantId).replaceAll(d -> d.id().equals(changed.id()) ? changed : d);
  }

  @Override
  public CompletionStage<Instant> start(TenantId tenantId, ReviewMonth month, Instant now) {
    return CompletableFuture.completedFuture(started.computeIfAbsent(key(tenantId, month), k -> now));
  }

  @Override
  public CompletionStage<List<StartedLossReview>> startedBefore(TenantId tenantId, Optional<ReviewMonth> before,
                                                                int limit) {
    String prefix = tenantId.value() + "/";
    return CompletableFuture.completedFuture(started.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
        .map(e -> new StartedLossReview(ReviewMonth.parse(e.getKey().substring(prefix.length())).orElseThrow(),
            e.getValue()))
        .filter(s -> before.map(b -> s.month().value().isBefore(b.value())).orElse(true))
        .sorted(java.util.Comparator.comparing((StartedLossReview s) -> s.month().value()).reversed())
        .limit(limit).toList());
  }

  @Override
  public CompletionStage<Long> count(TenantId tenantId) {
    return CompletableFuture.completedFuture(started.keySet().stream()
        .filter(k -> k.startsWith(tenantId.value() + "/")).count());
  }

  @Override
  public CompletionStage<Optional<Instant>> startedAt(TenantId tenantId, ReviewMonth month) {
    return CompletableFuture.completedFuture(Optional.ofNullable(started.get(key(tenantId, month))));
  }

  /** Customers without a recorded value are worth nothing here: the revenue window is the adapter's. */
  @Override
  public CompletionStage<List<LostCustomer>> lostCustomers(TenantId tenantId, ReviewMonth month, ZoneId zone,
                                                           java.time.Duration followUpDeadline) {
    Instant from = month.start(zone);
    Instant to = month.end(zone);
    return CompletableFuture.completedFuture(defections.getOrDefault(tenantId, List.of()).stream()
        .filter(d -> !d.occurredAt().isBefore(from) && d.occurredAt().isBefore(to))
        .map(d -> LostCustomer.of(d, null, 0)).toList());
  }

  private static String key(TenantId tenantId, ReviewMonth month) {
    return tenantId.value() + "/" + month;
  }
}

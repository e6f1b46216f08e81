package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.HealthHistoryUseCase;
import io.customerintel.application.port.out.HealthHistory;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthPoint;
import io.customerintel.domain.health.HealthTrend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Answers health trends and lines from the recorded changes, as of the clock's now. */
public final class HealthHistoryService implements HealthHistoryUseCase {
  private final HealthHistory history;
  private final Clock clock;

  public HealthHistoryService(HealthHistory history, Clock clock) {
    this.history = history;
    this.clock = clock;
  }

  @Override
  public CompletionStage<Map<CustomerId, HealthTrend>> trends(AuthenticatedTenant tenant,
                                                              Map<CustomerId, Integer> scores) {
    if (scores.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    Instant before = clock.instant().minus(Duration.ofDays(HealthTrend.LOOKBACK_DAYS));
    return history.pointsAt(tenant.tenantId(), scores.keySet(), before).thenApply(points -> {
      Map<CustomerId, HealthTrend> trends = new HashMap<>();
      scores.forEach((id, score) -> {
        HealthPoint then = points.get(id);
        trends.put(id, HealthTrend.of(score, then == null ? null : then.score()));
      });
      return trends;
    });
  }

  @Override
  public CompletionStage<Map<CustomerId, List<HealthPoint>>> history(AuthenticatedTenant tenant,
                                                                     Collection<CustomerId> customers, int days) {
    if (days < 1 || days > MAX_DAYS) {
      return CompletableFuture.failedFuture(new UseCaseException(ErrorCodes.BAD_USER_INPUT,
          "days must be 1 to " + MAX_DAYS));
    }
    if (customers.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    return history.since(tenant.tenantId(), customers, clock.instant().minus(Duration.ofDays(days)));
  }
}

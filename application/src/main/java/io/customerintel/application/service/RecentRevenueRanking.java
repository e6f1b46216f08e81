package io.customerintel.application.service;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.value.ValueTierThresholds;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Tier thresholds at most {@code maxAge} old, for the value tier recorded with each defection. Every write changes the
 * exact thresholds, so a stream of defections would rank a million customers once per defection; a ranking a minute
 * old differs only by the purchases of that minute, and the tier it gives is kept as "the tier when they left".
 */
public final class RecentRevenueRanking implements RevenueRanking {
  private final RevenueRanking ranking;
  private final AsyncCache<TenantId, ValueTierThresholds> recent;

  public RecentRevenueRanking(RevenueRanking ranking, Duration maxAge) {
    this.ranking = ranking;
    this.recent = Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(10_000).recordStats().buildAsync();
  }

  /** How often a defection reused a recent ranking rather than ranking the tenant again. */
  public CacheStatistics statistics() {
    return CacheStatistics.of(recent.synchronous().stats(), recent.synchronous().estimatedSize());
  }

  @Override
  public CompletionStage<ValueTierThresholds> thresholds(TenantId tenantId) {
    return recent.get(tenantId, (id, executor) -> ranking.thresholds(id).toCompletableFuture());
  }
}

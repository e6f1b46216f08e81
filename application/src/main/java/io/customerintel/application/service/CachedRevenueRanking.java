package io.customerintel.application.service;

import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.value.ValueTierThresholds;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * The tenant's tier thresholds, kept in the per-tenant cache until the tenant's next write: every customer page and
 * report needs them, and at a million customers ranking takes a noticeable part of a second. Time alone never
 * changes them (they depend on revenues only).
 */
public final class CachedRevenueRanking implements RevenueRanking {
  /** The cache key: one answer per tenant. */
  private record Thresholds() {}

  private final RevenueRanking ranking;
  private final AnalyticsCache cache;

  public CachedRevenueRanking(RevenueRanking ranking, AnalyticsCache cache) {
    this.ranking = ranking;
    this.cache = cache;
  }

  @Override
  public CompletionStage<ValueTierThresholds> thresholds(TenantId tenantId) {
    return cache.get(tenantId, new Thresholds(), () -> ranking.thresholds(tenantId)
        .thenApply(thresholds -> new AnalyticsCache.Timed<>(thresholds, Instant.MAX)));
  }
}

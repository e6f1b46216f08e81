package io.customerintel.application.service;

import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.value.ValueTierThresholds;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * The tenant's tier thresholds, kept in a per-tenant cache until a write that the cache is told about: every customer
 * page and report needs them, and at a million customers ranking takes a noticeable part of a second. They depend on
 * revenues only, so time alone never changes them, and the composition root tells this cache about purchases only.
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

package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.domain.value.ValueTierThresholds;
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Tier thresholds are ranked once per tenant until the tenant's next write. */
class CachedRevenueRankingTest {
  @Test
  void theRankingIsKeptUntilTheTenantWrites() {
    AtomicInteger rankings = new AtomicInteger();
    RevenueRanking counting = tenantId -> CompletableFuture.completedFuture(new ValueTierThresholds(
        BigDecimal.valueOf(rankings.incrementAndGet()), null, null, 1));
    AnalyticsCache cache = new AnalyticsCache(Fakes.CLOCK);
    CachedRevenueRanking cached = new CachedRevenueRanking(counting, cache);

    assertEquals(BigDecimal.ONE, await(cached.thresholds(Fakes.TENANT_ID)).top());
    assertEquals(BigDecimal.ONE, await(cached.thresholds(Fakes.TENANT_ID)).top());
    assertEquals(1, rankings.get());

    cache.changed(Fakes.OTHER_TENANT_ID);
    assertEquals(BigDecimal.ONE, await(cached.thresholds(Fakes.TENANT_ID)).top(), "another tenant's write");
    cache.changed(Fakes.TENANT_ID);
    assertEquals(BigDecimal.valueOf(2), await(cached.thresholds(Fakes.TENANT_ID)).top());
  }
}

package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.domain.value.ValueTierThresholds;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The defection tier snapshot ranks a tenant at most once per period, not once per defection. */
class RecentRevenueRankingTest {
  @Test
  void aRankingIsReusedUntilItIsOlderThanTheLimit() {
    AtomicInteger rankings = new AtomicInteger();
    RevenueRanking counting = tenantId -> {
      rankings.incrementAndGet();
      return CompletableFuture.completedFuture(ValueTierThresholds.EMPTY);
    };
    RecentRevenueRanking hourly = new RecentRevenueRanking(counting, Duration.ofHours(1));
    await(hourly.thresholds(Fakes.TENANT_ID));
    await(hourly.thresholds(Fakes.TENANT_ID));
    await(hourly.thresholds(Fakes.OTHER_TENANT_ID));
    assertEquals(2, rankings.get(), "once per tenant within the hour");

    RecentRevenueRanking never = new RecentRevenueRanking(counting, Duration.ZERO);
    await(never.thresholds(Fakes.TENANT_ID));
    await(never.thresholds(Fakes.TENANT_ID));
    assertEquals(4, rankings.get());
  }
}

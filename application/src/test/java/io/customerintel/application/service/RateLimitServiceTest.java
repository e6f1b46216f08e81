package io.customerintel.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.port.in.ChargeQueryCostUseCase.Charge;
import io.customerintel.application.port.in.Throttle;
import io.customerintel.application.port.out.CostBucket;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.customerintel.domain.tenant.ApiKeyScope;
import io.customerintel.domain.tenant.RateLimit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class RateLimitServiceTest {
  private final List<Long> taken = new ArrayList<>();
  private final List<RateLimit> limits = new ArrayList<>();
  /** A bucket that holds 100 points whatever it is told, and records what it was asked to take. */
  private final CostBucket bucket = new CostBucket() {
    @Override
    public CompletionStage<BucketLevel> take(long keyId, RateLimit limit, long cost) {
      taken.add(cost);
      limits.add(limit);
      return CompletableFuture.completedFuture(new BucketLevel(cost <= 100, cost <= 100 ? 100 - cost : 100));
    }
  };
  private final RateLimitService service = new RateLimitService(bucket, new RateLimit(2_000, 100));

  private Throttle charge(ApiKeyGrant grant, long cost) {
    return service.charge(new Charge(grant, cost)).toCompletableFuture().join();
  }

  @Test
  void aCostTheBucketHoldsIsTaken() {
    Throttle throttle = charge(ApiKeyGrant.everything(7, "k"), 30);

    assertTrue(throttle.granted());
    assertEquals(70, throttle.available());
    assertEquals(0, throttle.retryAfterSeconds());
    assertEquals(List.of(new RateLimit(2_000, 100)), limits, "the server's bucket for a key without its own");
  }

  @Test
  void aCostTheBucketLacksIsRefusedWithTheWaitForIt() {
    Throttle throttle = charge(ApiKeyGrant.everything(7, "k"), 300);

    assertFalse(throttle.granted());
    assertTrue(throttle.fitsBucket());
    assertEquals(2, throttle.retryAfterSeconds(), "200 points missing at 100 a second");
  }

  @Test
  void aCostLargerThanTheKeysWholeBucketOnlyReadsIt() {
    ApiKeyGrant small = new ApiKeyGrant(7, "k", EnumSet.allOf(ApiKeyScope.class), false, 50, 5);

    Throttle throttle = charge(small, 60);

    assertFalse(throttle.granted());
    assertFalse(throttle.fitsBucket());
    assertEquals(List.of(0L), taken);
    assertEquals(List.of(new RateLimit(50, 5)), limits);
  }
}

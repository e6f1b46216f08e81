package io.customerintel.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void aKeyWithoutItsOwnBucketGetsTheDefaults() {
    assertEquals(RateLimit.DEFAULT, RateLimit.DEFAULT.forKey(ApiKeyGrant.everything(1, "k")));
  }

  @Test
  void aKeysOwnCapacityAndRefillRateWinEachOnItsOwn() {
    ApiKeyGrant smallBucket = new ApiKeyGrant(1, "k", EnumSet.allOf(ApiKeyScope.class), false, 50, null);
    ApiKeyGrant fastRefill = new ApiKeyGrant(1, "k", EnumSet.allOf(ApiKeyScope.class), false, null, 500);

    assertEquals(new RateLimit(50, 100), RateLimit.DEFAULT.forKey(smallBucket));
    assertEquals(new RateLimit(2_000, 500), RateLimit.DEFAULT.forKey(fastRefill));
  }

  @Test
  void secondsUntilACostFitsRoundUpAndAreZeroWhenItAlreadyDoes() {
    RateLimit limit = new RateLimit(100, 10);
    assertEquals(0, limit.secondsUntil(22, 22));
    assertEquals(2, limit.secondsUntil(22, 8));
    assertEquals(1, limit.secondsUntil(22, 21.99), "never less than a second");
  }

  @Test
  void anEmptyOrFrozenBucketIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, 0));
  }
}

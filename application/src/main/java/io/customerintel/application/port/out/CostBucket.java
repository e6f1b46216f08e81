package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.RateLimit;
import java.util.concurrent.CompletionStage;

/**
 * The API keys' leaky buckets, kept where every server instance sees them. A take refills the bucket for the time
 * since the last one (up to its capacity) and removes the cost only if that many points remain, atomically, so
 * concurrent takes on any instances never overdraw it.
 */
public interface CostBucket {

  /** Takes {@code cost} points from the key's bucket (a new bucket starts full) if it holds them. */
  CompletionStage<BucketLevel> take(long keyId, RateLimit limit, long cost);

  /** @param taken whether the cost was removed; {@code available} the points left in the bucket */
  record BucketLevel(boolean taken, double available) {
  }
}

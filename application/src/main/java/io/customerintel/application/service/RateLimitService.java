package io.customerintel.application.service;

import io.customerintel.application.port.in.ChargeQueryCostUseCase;
import io.customerintel.application.port.in.Throttle;
import io.customerintel.application.port.out.CostBucket;
import io.customerintel.domain.tenant.RateLimit;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Charges operations to their key's bucket: the key's own capacity and refill rate where set, else the server's. */
public final class RateLimitService implements ChargeQueryCostUseCase {
  private final CostBucket bucket;
  private final RateLimit defaults;

  public RateLimitService(CostBucket bucket, RateLimit defaults) {
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
  }

  @Override
  public CompletionStage<Throttle> charge(Charge charge) {
    RateLimit limit = defaults.forKey(charge.grant());
    // More than the bucket holds can never be granted; reading the level is all the caller still needs.
    long take = charge.cost() > limit.capacity() ? 0 : charge.cost();
    return bucket.take(charge.grant().keyId(), limit, take)
        .thenApply(level -> new Throttle(level.taken() && take == charge.cost(), charge.cost(), level.available(),
            limit));
  }
}

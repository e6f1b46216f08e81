package io.customerintel.application.port.in;

import io.customerintel.domain.tenant.RateLimit;
import java.util.Objects;

/**
 * The outcome of a charge: whether the cost was taken, and the bucket's level afterwards.
 *
 * @param granted   whether the cost was taken (the operation may run)
 * @param cost      the points asked for
 * @param available the points in the bucket after the charge
 * @param limit     the key's bucket: capacity and refill rate
 */
public record Throttle(boolean granted, long cost, double available, RateLimit limit) {
  public Throttle {
    Objects.requireNonNull(limit, "limit");
  }

  /** Whether the cost fits in the bucket at all; a larger one can never be granted, however long the caller waits. */
  public boolean fitsBucket() {
    return cost <= limit.capacity();
  }

  /** Whole seconds until enough points have refilled for this cost (0 when granted). */
  public long retryAfterSeconds() {
    return granted ? 0 : limit.secondsUntil(cost, available);
  }
}

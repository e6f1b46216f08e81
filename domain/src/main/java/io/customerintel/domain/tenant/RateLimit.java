package io.customerintel.domain.tenant;

/**
 * A leaky bucket's shape: it holds at most {@code capacity} points and regains {@code refillPerSecond} points a
 * second; an operation runs only if its cost is still in the bucket.
 */
public record RateLimit(int capacity, int refillPerSecond) {
  public static final int DEFAULT_CAPACITY = 2_000;
  public static final int DEFAULT_REFILL_PER_SECOND = 100;
  public static final RateLimit DEFAULT = new RateLimit(DEFAULT_CAPACITY, DEFAULT_REFILL_PER_SECOND);

  public RateLimit {
    if (capacity <= 0 || refillPerSecond <= 0) {
      throw new IllegalArgumentException("a bucket's capacity and refill rate are positive, got " + capacity + " and "
          + refillPerSecond);
    }
  }

  /** The key's own bucket where its grant sets one, else these defaults (each part on its own). */
  public RateLimit forKey(ApiKeyGrant grant) {
    return new RateLimit(grant.bucketCapacity() == null ? capacity : grant.bucketCapacity(),
        grant.bucketRefillPerSecond() == null ? refillPerSecond : grant.bucketRefillPerSecond());
  }

  /** Whole seconds until a bucket now holding {@code available} points holds {@code cost}; 0 if it already does. */
  public long secondsUntil(long cost, double available) {
    double missing = cost - available;
    return missing <= 0 ? 0 : Math.max(1, (long) Math.ceil(missing / refillPerSecond));
  }
}

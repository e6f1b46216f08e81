package io.customerintel.application.service;

/**
 * How well one in-memory cache serves, as cumulative counts since it was made: what an operator needs for a hit
 * ratio and to size it.
 *
 * @param hits      look-ups answered from the cache
 * @param misses    look-ups that had to compute or load
 * @param evictions entries dropped for size or age
 * @param size      entries held now (an estimate)
 */
public record CacheStatistics(long hits, long misses, long evictions, long size) {

  /** From Caffeine's own statistics (the cache must be built with recordStats()). */
  public static CacheStatistics of(com.github.benmanes.caffeine.cache.stats.CacheStats stats, long size) {
    return new CacheStatistics(stats.hitCount(), stats.missCount(), stats.evictionCount(), size);
  }
}

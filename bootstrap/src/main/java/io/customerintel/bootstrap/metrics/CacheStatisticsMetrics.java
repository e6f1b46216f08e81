package io.customerintel.bootstrap.metrics;

import io.customerintel.application.service.CacheStatistics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Reports the application's caches under the meters and tags that Micrometer's CaffeineCacheMetrics uses
 * ({@code cache_gets_total{cache,result}}, {@code cache_evictions_total}, {@code cache_size}), so every cache reads
 * the same on a dashboard whether it lives in the application or an adapter.
 */
public final class CacheStatisticsMetrics {

  private final MeterRegistry registry;
  // Micrometer holds the objects behind function meters weakly: these keep the sources as long as the server.
  private final List<Supplier<CacheStatistics>> sources = new ArrayList<>();

  public CacheStatisticsMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public synchronized void monitor(String cache, Supplier<CacheStatistics> statistics) {
    sources.add(statistics);
    counter("cache.gets", cache, statistics, s -> s.get().hits(), "result", "hit");
    counter("cache.gets", cache, statistics, s -> s.get().misses(), "result", "miss");
    counter("cache.evictions", cache, statistics, s -> s.get().evictions());
    Gauge.builder("cache.size", statistics, s -> s.get().size()).tag("cache", cache)
        .description("The number of entries in this cache (an estimate)").register(registry);
  }

  private void counter(String name, String cache, Supplier<CacheStatistics> statistics,
                       ToDoubleFunction<Supplier<CacheStatistics>> count, String... tags) {
    FunctionCounter.builder(name, statistics, count).tag("cache", cache).tags(tags).register(registry);
  }
}

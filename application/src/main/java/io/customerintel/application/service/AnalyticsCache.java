package io.customerintel.application.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerintel.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Keeps the answers of the tenant-wide reports per tenant and arguments. An answer is served until the tenant's next
 * write or until the instant it was computed to change by time alone, whichever comes first.
 *
 * <p>Each tenant has a version that every write bumps after it committed; an answer remembers the version it was
 * computed at (read before the computation starts) and is served only while that version is current. An answer
 * computed from data read before a write therefore never survives that write, however the two interleave. Requests
 * for an answer being computed share that computation; a failed computation is not kept.
 */
public final class AnalyticsCache implements TenantDataChanges {
  /** Enough for every report of a few thousand busy tenants; older answers are evicted first. */
  static final long MAX_ANSWERS = 5_000;

  private final Clock clock;
  private final Cache<Key, Entry> answers = Caffeine.newBuilder().maximumSize(MAX_ANSWERS).recordStats().build();
  // counted here: Caffeine's statistics do not see look-ups through asMap().compute
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final ConcurrentMap<TenantId, AtomicLong> versions = new ConcurrentHashMap<>();

  public AnalyticsCache(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** An answer and the instant from which time alone may have changed it. */
  public record Timed<T>(T value, Instant validUntil) {
    public Timed {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(validUntil, "validUntil");
    }
  }

  private record Key(TenantId tenantId, Object query) {}

  private record Entry(long version, CompletableFuture<Timed<?>> answer) {}

  @Override
  public void changed(TenantId tenantId) {
    version(tenantId).incrementAndGet();
  }

  /** Every tenant changed, as far as anyone here can tell: nothing kept or being computed is served afterwards. */
  public void changedAll() {
    versions.values().forEach(AtomicLong::incrementAndGet);
    answers.invalidateAll();
  }

  /**
   * The answer to the query (a value that holds every argument, compared by equals) for the tenant: kept, being
   * computed, or computed now by compute.
   */
  @SuppressWarnings("unchecked")
  public <T> CompletionStage<T> get(TenantId tenantId, Object query, Supplier<CompletionStage<Timed<T>>> compute) {
    Key key = new Key(tenantId, query);
    long version = version(tenantId).get();
    Entry fresh = new Entry(version, new CompletableFuture<>());
    Entry entry = answers.asMap().compute(key, (k, kept) -> kept != null && servable(kept, version) ? kept : fresh);
    if (entry == fresh) {
      misses.increment();
      start(key, fresh, compute);
    } else {
      hits.increment();
    }
    return entry.answer().thenApply(timed -> (T) timed.value());
  }

  /** Answers served from the cache or shared with a computation already running, and answers computed. */
  public CacheStatistics statistics() {
    return new CacheStatistics(hits.sum(), misses.sum(), answers.stats().evictionCount(), answers.estimatedSize());
  }

  private <T> void start(Key key, Entry entry, Supplier<CompletionStage<Timed<T>>> compute) {
    CompletionStage<Timed<T>> computing;
    try {
      computing = compute.get();
    } catch (RuntimeException e) {
      computing = CompletableFuture.failedFuture(e);
    }
    computing.whenComplete((timed, failure) -> {
      if (failure != null) {
        answers.asMap().remove(key, entry);
        entry.answer().completeExceptionally(failure);
      } else {
        entry.answer().complete(timed);
      }
    });
  }

  private boolean servable(Entry entry, long version) {
    if (entry.version() != version) {
      return false;
    }
    CompletableFuture<Timed<?>> answer = entry.answer();
    if (!answer.isDone()) {
      return true;
    }
    return !answer.isCompletedExceptionally() && clock.instant().isBefore(answer.join().validUntil());
  }

  private AtomicLong version(TenantId tenantId) {
    return versions.computeIfAbsent(tenantId, id -> new AtomicLong());
  }
}

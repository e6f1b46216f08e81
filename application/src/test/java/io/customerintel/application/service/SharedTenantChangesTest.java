package io.customerintel.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.application.port.out.TenantChangeFeed;
import io.customerintel.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedTenantChangesTest {
  static final TenantId ACME = new TenantId(1);
  static final TenantId OTHER = new TenantId(2);
  private final Clock clock = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);
  private final AnalyticsCache reports = new AnalyticsCache(clock);
  private final AnalyticsCache rankings = new AnalyticsCache(clock);
  private final RecordingFeed feed = new RecordingFeed();
  private final SharedTenantChanges shared = new SharedTenantChanges(feed, reports, rankings);
  private final AtomicInteger computed = new AtomicInteger();

  /** Reads through the cache, counting how often the answer had to be computed. */
  private int read(AnalyticsCache cache, TenantId tenant) {
    return cache.get(tenant, "report", () -> CompletableFuture.completedFuture(
        new AnalyticsCache.Timed<>(computed.incrementAndGet(), Instant.MAX))).toCompletableFuture().join();
  }

  @Test
  void aLocalWriteInvalidatesHereAtOnceAndIsAnnouncedToTheOthers() {
    int before = read(reports, ACME);
    shared.anyChange().changed(ACME);
    assertEquals(List.of("1:OTHER"), feed.published);
    assertEquals(before + 1, read(reports, ACME));
  }

  @Test
  void anotherInstancesPurchasesInvalidateReportsAndRankingsButOtherChangesOnlyReports() {
    int report = read(reports, ACME);
    int ranking = read(rankings, ACME);
    feed.listener.changed(ACME, TenantChangeFeed.Change.OTHER);
    assertEquals(ranking, read(rankings, ACME));
    int recomputed = read(reports, ACME);
    assertEquals(report + 2, recomputed, "computed again: one for the ranking read before, one now");

    feed.listener.changed(ACME, TenantChangeFeed.Change.PURCHASES);
    assertEquals(recomputed + 1, read(rankings, ACME));
  }

  @Test
  void missedAnnouncementsInvalidateEveryTenant() {
    int acme = read(reports, ACME);
    int other = read(reports, OTHER);
    feed.listener.missed();
    assertEquals(other + 1, read(reports, ACME));
    assertEquals(other + 2, read(reports, OTHER));
    assertEquals(acme + 1, other);
  }

  /** Records what is published and keeps the listener, so a test can play the other instances. */
  private static final class RecordingFeed implements TenantChangeFeed {
    final List<String> published = new ArrayList<>();
    Listener listener;

    @Override
    public CompletionStage<Void> publish(TenantId tenantId, Change change) {
      published.add(tenantId.value() + ":" + change);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void listen(Listener listener) {
      this.listener = listener;
    }
  }
}

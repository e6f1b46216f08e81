package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.sha;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.CostBucket;
import io.customerintel.application.port.out.CostBucket.BucketLevel;
import io.customerintel.domain.tenant.RateLimit;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class CostBucketTest {
  private final PostgresAdapters adapters = PgFixture.adapters();
  private final CostBucket bucket = adapters.costBucket();

  private long newKeyId() {
    byte[] key = sha(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    await(adapters.tenants().create("bucket-" + UUID.randomUUID(), Currency.getInstance("EUR"), ZoneOffset.UTC, key,
        List.of()));
    return await(adapters.tenants().findKeyOwner(key)).orElseThrow().grant().keyId();
  }

  @Test
  void aNewBucketStartsFullAndATakeRemovesTheCost() {
    BucketLevel level = await(bucket.take(newKeyId(), new RateLimit(2_000, 1), 100));

    assertTrue(level.taken());
    assertEquals(1_900, level.available(), 1, "full, less the cost (plus at most a second's refill)");
  }

  @Test
  void aCostLargerThanWhatRemainsIsRefusedAndTakesNothing() {
    long key = newKeyId();
    RateLimit limit = new RateLimit(150, 1);
    assertTrue(await(bucket.take(key, limit, 100)).taken());

    BucketLevel refused = await(bucket.take(key, limit, 100));

    assertFalse(refused.taken());
    assertEquals(50, refused.available(), 1, "the refused cost stays in the bucket");
    assertTrue(await(bucket.take(key, limit, 50)).taken(), "what remains can still be spent");
  }

  @Test
  void theBucketRefillsWithTimeUpToItsCapacity() throws Exception {
    long key = newKeyId();
    RateLimit limit = new RateLimit(1_000, 1_000);
    assertTrue(await(bucket.take(key, limit, 1_000)).taken());

    Thread.sleep(400);
    BucketLevel refilled = await(bucket.take(key, limit, 0));
    assertTrue(refilled.available() >= 400 && refilled.available() < 1_000, "refilled " + refilled.available());

    Thread.sleep(700);
    assertEquals(1_000, await(bucket.take(key, limit, 0)).available(), 0.0, "never more than the capacity");
  }

  @Test
  void concurrentTakesNeverOverdrawTheBucket() {
    long key = newKeyId();
    // refilling one point a second, the run would have to take 100 seconds for a 21st take of 100 to fit
    RateLimit limit = new RateLimit(2_000, 1);
    List<CompletableFuture<BucketLevel>> takes = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      takes.add(bucket.take(key, limit, 100).toCompletableFuture());
    }
    List<BucketLevel> levels = takes.stream().map(CompletableFuture::join).toList();

    assertEquals(20, levels.stream().filter(BucketLevel::taken).count());
    assertTrue(levels.stream().allMatch(level -> level.available() >= 0));
    assertTrue(await(bucket.take(key, limit, 0)).available() < 100);
  }

  @Test
  void eachKeyHasItsOwnBucket() {
    RateLimit limit = new RateLimit(100, 1);
    long first = newKeyId();
    assertTrue(await(bucket.take(first, limit, 100)).taken());

    assertTrue(await(bucket.take(newKeyId(), limit, 100)).taken());
  }
}

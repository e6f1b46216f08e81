package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.POLICY;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.expectedFacts;
import static io.customerintel.adapters.postgres.PgFixture.normalized;
import static io.customerintel.adapters.postgres.PgFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.ItemSlice;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.application.port.out.PageRequest.ItemPosition;
import io.customerintel.application.port.out.PageRequest;
import io.customerintel.application.port.out.RecordedPurchases;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.purchase.Purchase;
import io.customerintel.domain.purchase.PurchaseId;
import io.customerintel.domain.tenant.Tenant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class PurchaseLedgerTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  @Test
  void aRetryWithOtherDetailsIsAConflictNotADuplicate() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant at = NOW.minus(Duration.ofDays(3));
    await(adapters.purchases().record(tenant.id(), List.of(purchase(ann, "k-1", at, "10"), purchase(ann, "k-2", at, "20")), RULES, NOW));

    RecordedPurchases retry = await(adapters.purchases().record(tenant.id(),
        List.of(purchase(ann, "k-1", at, "10"), purchase(ann, "k-2", at, "25"), purchase(ann, "k-3", at, "5")), RULES, NOW));

    assertEquals(new RecordedPurchases(1, 1, List.of(1)), retry);
    assertEquals(0, new BigDecimal("35").compareTo(customer(tenant, ann).facts().revenue()), "k-2 keeps its stored 20");
  }

  @Test
  void aPurchaseForAnotherTenantsCustomerIsNeverStored() {
    Tenant mine = PgFixture.newTenant(adapters);
    Tenant theirs = PgFixture.newTenant(adapters);
    CustomerId ours = PgFixture.customers(adapters, mine.id(), 1).get(0);
    CustomerId foreign = PgFixture.customers(adapters, theirs.id(), 1).get(0);
    List<NewPurchase> batch = List.of(purchase(ours, "mine-1", NOW.minus(Duration.ofDays(1)), "5"),
        purchase(foreign, "sneaky-1", NOW.minus(Duration.ofDays(1)), "5"));

    assertEquals(new RecordedPurchases(1, 1), await(adapters.purchases().record(mine.id(), batch, RULES, NOW)));

    assertEquals(1, customer(mine, ours).facts().purchaseCount());
    assertEquals(0, await(adapters.customers().byIds(theirs.id(), List.of(foreign))).get(foreign).facts().purchaseCount());
  }

  private Customer customer(Tenant tenant, CustomerId id) {
    return await(adapters.customers().byIds(tenant.id(), List.of(id))).get(id);
  }

  @Test
  void recordingTheSamePurchaseTwiceStoresItOnce() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    List<NewPurchase> batch = List.of(purchase(ann, "o-1", NOW.minus(Duration.ofDays(3)), "10.50"),
        purchase(ann, "o-2", NOW.minus(Duration.ofDays(2)), "4.50"));

    assertEquals(new RecordedPurchases(2, 0), await(adapters.purchases().record(tenant.id(), batch, RULES, NOW)));
    assertEquals(new RecordedPurchases(0, 2), await(adapters.purchases().record(tenant.id(), batch, RULES, NOW)));

    Customer stored = customer(tenant, ann);
    assertEquals(2, stored.facts().purchaseCount());
    assertEquals(0, new BigDecimal("15").compareTo(stored.facts().revenue()));
    assertEquals(2, await(adapters.purchases().purchasesOf(tenant.id(), List.of(ann), new PageRequest(10, null)))
        .get(ann).items().size());
  }

  @Test
  void aRepeatedExternalIdInsideOneBatchIsADuplicate() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant at = NOW.minus(Duration.ofDays(1));
    List<NewPurchase> batch = List.of(purchase(ann, "same", at, "10"), purchase(ann, "same", at, "10"),
        purchase(ann, "other", at, "1"));

    assertEquals(new RecordedPurchases(2, 1), await(adapters.purchases().record(tenant.id(), batch, RULES, NOW)));
    assertEquals(0, new BigDecimal("11").compareTo(customer(tenant, ann).facts().revenue()));
  }

  @Test
  void purchasesOnOneDayCountAsOnePurchaseDay() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant morning = NOW.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(10)).plus(Duration.ofHours(8));
    await(adapters.purchases().record(tenant.id(), List.of(purchase(ann, "a", morning, "1")), RULES, NOW));
    await(adapters.purchases().record(tenant.id(), List.of(purchase(ann, "b", morning.plus(Duration.ofHours(9)), "2"),
        purchase(ann, "c", morning.plus(Duration.ofHours(3)), "3")), RULES, NOW));

    Customer stored = customer(tenant, ann);
    assertEquals(3, stored.facts().purchaseCount());
    assertEquals(1, stored.facts().purchaseDays());
    assertEquals(morning, stored.facts().firstPurchaseAt());
    assertEquals(morning.plus(Duration.ofHours(9)), stored.facts().lastPurchaseAt());
    assertEquals(stored.facts().firstPurchaseDay(), stored.facts().lastPurchaseDay());
  }

  @Test
  void factsAreWhatTheDomainDerivesFromTheWholeHistory() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    List<NewPurchase> all = new ArrayList<>();
    // two purchases a year apart (a return after inactivity), then one more in a later batch
    all.add(purchase(ann, "p1", NOW.minus(Duration.ofDays(500)), "100"));
    all.add(purchase(ann, "p2", NOW.minus(Duration.ofDays(200)), "50.25"));
    await(adapters.purchases().record(tenant.id(), all, RULES, NOW));
    NewPurchase late = purchase(ann, "p3", NOW.minus(Duration.ofDays(20)), "0.75");
    all.add(late);
    await(adapters.purchases().record(tenant.id(), List.of(late), RULES, NOW));

    Customer stored = customer(tenant, ann);
    assertEquals(normalized(expectedFacts(all, null)), stored.facts());
    assertEquals(all.get(1).day(), stored.facts().lastReturnDay());
  }

  @Test
  void concurrentBatchesForTheSameCustomerKeepFactsExact() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> customers = PgFixture.customers(adapters, tenant.id(), 5);
    Random random = new Random(42);
    List<List<NewPurchase>> batches = new ArrayList<>();
    for (int b = 0; b < 4; b++) {
      List<NewPurchase> batch = new ArrayList<>();
      for (int i = 0; i < 250; i++) {
        CustomerId who = customers.get(random.nextInt(customers.size()));
        Instant at = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 700)));
        batch.add(purchase(who, "b" + b + "-" + i, at, random.nextInt(10_000) + "." + random.nextInt(100)));
      }
      // every batch also repeats a few purchases of the others, which must count once
      batch.add(purchase(customers.get(0), "shared-" + (b % 2), NOW.minus(Duration.ofDays(1)), "1"));
      batches.add(batch);
    }

    List<CompletableFuture<RecordedPurchases>> running = batches.stream()
        .map(batch -> adapters.purchases().record(tenant.id(), batch, RULES, NOW).toCompletableFuture()).toList();
    int recorded = running.stream().mapToInt(f -> await(f).recorded()).sum();
    int duplicates = running.stream().mapToInt(f -> await(f).duplicates()).sum();

    assertEquals(4 * 250 + 2, recorded);
    assertEquals(2, duplicates);
    Map<String, NewPurchase> distinct = new HashMap<>();
    batches.forEach(batch -> batch.forEach(p -> distinct.putIfAbsent(p.externalId(), p)));
    Map<CustomerId, Customer> stored = await(adapters.customers().byIds(tenant.id(), customers));
    for (CustomerId id : customers) {
      List<NewPurchase> theirs = distinct.values().stream().filter(p -> p.customerId().equals(id)).toList();
      assertEquals(normalized(expectedFacts(theirs, null)), stored.get(id).facts(), "facts of " + id);
    }
  }

  @Test
  void purchasesArePagedNewestFirstPerCustomerWithTheirTotal() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 3);
    CustomerId ann = ids.get(0);
    CustomerId bob = ids.get(1);
    CustomerId nobody = ids.get(2);
    List<NewPurchase> batch = new ArrayList<>();
    Instant tie = NOW.minus(Duration.ofDays(5));
    for (int i = 0; i < 7; i++) {
      // three share one instant, so the id decides their order
      batch.add(purchase(ann, "ann-" + i, i < 3 ? tie : NOW.minus(Duration.ofDays(30 - i)), "1"));
    }
    batch.add(purchase(bob, "bob-0", NOW.minus(Duration.ofDays(1)), "2"));
    await(adapters.purchases().record(tenant.id(), batch, RULES, NOW));

    List<Purchase> walked = new ArrayList<>();
    Optional<ItemPosition> after = Optional.empty();
    Map<CustomerId, ItemSlice<Purchase>> first = null;
    while (true) {
      Map<CustomerId, ItemSlice<Purchase>> page = await(adapters.purchases().purchasesOf(tenant.id(),
          List.of(ann, bob, nobody), new PageRequest(3, after)));
      if (first == null) {
        first = page;
      }
      ItemSlice<Purchase> slice = page.get(ann);
      assertEquals(7, slice.totalCount());
      walked.addAll(slice.items());
      if (!slice.hasMore()) {
        break;
      }
      Purchase last = slice.items().get(slice.items().size() - 1);
      after = Optional.of(new ItemPosition(last.occurredAt(), last.id().value()));
    }
    assertEquals(7, walked.size());
    assertEquals(7, walked.stream().map(Purchase::id).distinct().count());
    for (int i = 1; i < walked.size(); i++) {
      Purchase a = walked.get(i - 1);
      Purchase b = walked.get(i);
      assertTrue(a.occurredAt().isAfter(b.occurredAt())
          || a.occurredAt().equals(b.occurredAt()) && a.id().value() > b.id().value(), "newest first");
    }
    assertEquals(1, first.get(bob).items().size());
    assertFalse(first.get(bob).hasMore());
    assertEquals(0, first.get(nobody).totalCount());
    assertTrue(first.get(nobody).items().isEmpty());

    Set<PurchaseId> wanted = new HashSet<>();
    walked.subList(0, 2).forEach(p -> wanted.add(p.id()));
    Map<PurchaseId, Purchase> byIds = await(adapters.purchases().byIds(tenant.id(), wanted));
    assertEquals(wanted, byIds.keySet());
    assertEquals(walked.get(0), byIds.get(walked.get(0).id()));
  }

  @Test
  void recordingThousandPurchaseBatchesKeepsUp() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> customers = PgFixture.customers(adapters, tenant.id(), 20_000);
    Random random = new Random(7);
    int batches = 30;
    List<List<NewPurchase>> all = new ArrayList<>();
    for (int b = 0; b < batches + 1; b++) {
      List<NewPurchase> batch = new ArrayList<>(1_000);
      for (int i = 0; i < 1_000; i++) {
        batch.add(purchase(customers.get(random.nextInt(customers.size())), "perf-" + b + "-" + i,
            NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 1000))), random.nextInt(500) + ".99"));
      }
      all.add(batch);
    }
    await(adapters.purchases().record(tenant.id(), all.get(0), RULES, NOW)); // warm up the prepared statements

    long sequentialStart = System.nanoTime();
    for (int b = 1; b <= batches / 2; b++) {
      await(adapters.purchases().record(tenant.id(), all.get(b), RULES, NOW));
    }
    double sequentialMs = (System.nanoTime() - sequentialStart) / 1e6 / (batches / 2);

    long concurrentStart = System.nanoTime();
    List<CompletableFuture<RecordedPurchases>> running = new ArrayList<>();
    for (int b = batches / 2 + 1; b <= batches; b++) {
      running.add(adapters.purchases().record(tenant.id(), all.get(b), RULES, NOW).toCompletableFuture());
    }
    running.forEach(PgFixture::await);
    double concurrentSeconds = (System.nanoTime() - concurrentStart) / 1e9;
    double perSecond = batches / 2 * 1_000 / concurrentSeconds;

    System.out.printf("[ledger] one 1,000-purchase batch: %.1f ms sequentially; %d concurrent batches: %.0f purchases/s%n",
        sequentialMs, batches / 2, perSecond);
    Collection<Customer> stored = await(adapters.customers().byIds(tenant.id(), customers)).values();
    assertEquals((batches + 1) * 1_000L, stored.stream().mapToLong(c -> c.facts().purchaseCount()).sum());
    // Speed is measured by bench/ (run by hand), not asserted here: these machines are shared and noisy.
  }
}

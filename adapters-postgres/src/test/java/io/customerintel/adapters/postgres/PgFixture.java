package io.customerintel.adapters.postgres;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.CustomerSearch;
import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.application.port.out.CustomerUpsert;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.CustomerHistory;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Shared test helpers: every test makes its own tenant(s) in the run's scratch database. */
final class PgFixture {
  static final LifecyclePolicy POLICY = LifecyclePolicy.DEFAULT;
  static final CustomerRules RULES = new CustomerRules(ZoneOffset.UTC, POLICY, HealthPolicy.DEFAULT);
  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
  static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

  private PgFixture() {}

  static PostgresAdapters adapters() {
    return new PostgresAdapters(ScratchDatabase.pool());
  }

  static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new CompletionException(e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The failure a stage completes with. */
  static <X extends Throwable> X failure(Class<X> type, CompletionStage<?> stage) {
    try {
      stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return assertInstanceOf(type, e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    throw new AssertionError("expected a failure with " + type.getSimpleName());
  }

  static Tenant newTenant(PostgresAdapters adapters) {
    String name = "t-" + UUID.randomUUID();
    byte[] key = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return await(adapters.tenants().create(name, Currency.getInstance("EUR"), ZoneOffset.UTC, sha(key),
        DefaultDefectionReasons.ALL));
  }

  static byte[] sha(byte[] input) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(input);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Customers "c000".."c{n-1}", returned as ids in that order. */
  static List<CustomerId> customers(PostgresAdapters adapters, TenantId tenant, int n) {
    return customers(adapters, tenant, IntStream.range(0, n).mapToObj(i -> String.format("c%03d", i)).toList());
  }

  static List<CustomerId> customers(PostgresAdapters adapters, TenantId tenant, List<String> externalIds) {
    List<CustomerUpsert> upserts = externalIds.stream()
        .map(id -> new CustomerUpsert(id, "Name " + id, null, null, NOW)).toList();
    await(adapters.customers().upsert(tenant, upserts));
    Map<String, CustomerId> ids = await(adapters.customers().idsByExternalIds(tenant, externalIds));
    return externalIds.stream().map(ids::get).toList();
  }

  static NewPurchase purchase(CustomerId customer, String externalId, Instant at, String amount) {
    return new NewPurchase(customer, externalId, at, LocalDate.ofInstant(at, ZoneOffset.UTC), new BigDecimal(amount), 1);
  }

  static CustomerSearch search(TenantId tenant, CustomerSort sort, int limit) {
    return new CustomerSearch(tenant, TODAY, null, null, null, sort, Optional.empty(), limit);
  }

  /** What the domain derives from these purchases (and defection), computed without the database. */
  static CustomerFacts expectedFacts(Collection<NewPurchase> purchases, Instant latestDefection) {
    Map<LocalDate, List<NewPurchase>> byDay = purchases.stream()
        .collect(Collectors.groupingBy(NewPurchase::day, TreeMap::new, Collectors.toList()));
    List<PurchaseDayTotal> days = new ArrayList<>();
    byDay.forEach((day, list) -> days.add(new PurchaseDayTotal(day, list.size(),
        list.stream().map(NewPurchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
        list.stream().map(NewPurchase::occurredAt).min(Comparator.naturalOrder()).orElseThrow(),
        list.stream().map(NewPurchase::occurredAt).max(Comparator.naturalOrder()).orElseThrow())));
    return POLICY.summarize(new CustomerHistory(days, Optional.ofNullable(latestDefection)));
  }

  /** Facts with revenue at the stored scale, so equal figures compare equal. */
  static CustomerFacts normalized(CustomerFacts f) {
    return new CustomerFacts(f.purchaseCount(), f.purchaseDays(), f.revenue().setScale(6), f.firstPurchaseAt(),
        f.lastPurchaseAt(), f.firstPurchaseDay(), f.lastPurchaseDay(), f.lastReturnDay(), f.latestDefectionAt());
  }
}

package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.POLICY;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.TODAY;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.failure;
import static io.customerintel.adapters.postgres.PgFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.CustomerPosition;
import io.customerintel.application.port.out.CustomerSearch.FirstPurchaseCriterion;
import io.customerintel.application.port.out.CustomerSearch.RevenueCriterion;
import io.customerintel.application.port.out.CustomerSearch;
import io.customerintel.application.port.out.CustomerSort.Field;
import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.application.port.out.CustomerUpsert;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.application.port.out.PageRequest;
import io.customerintel.application.port.out.Positioned;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.tenure.TenureBand.DayRange;
import io.customerintel.domain.value.ValueTierThresholds.RevenueRange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class CustomerRepositoryTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  private Customer byExternalId(Tenant tenant, String externalId) {
    return await(adapters.customers().byExternalId(tenant.id(), externalId)).orElseThrow();
  }

  @Test
  void anUpsertKeepsWhatIsNotGivenAndMergesAttributesKeyByKey() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Instant seen = NOW.minus(Duration.ofDays(30));
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("plan", "gold");
    first.put("seats", 5);
    first.put("address", Map.of("city", "Berlin"));
    first.put("gone", null);
    assertEquals(1, await(adapters.customers().upsert(tenant.id(),
        List.of(new CustomerUpsert("ann", "Ann", first, seen, NOW)))));
    Customer created = byExternalId(tenant, "ann");
    assertEquals("Ann", created.name());
    assertEquals(Map.of("plan", "gold", "seats", 5, "address", Map.of("city", "Berlin")), created.attributes());
    assertEquals(seen, created.firstSeenAt());

    Map<String, Object> patch = new LinkedHashMap<>();
    patch.put("seats", 7);
    patch.put("plan", null);
    assertEquals(1, await(adapters.customers().upsert(tenant.id(),
        List.of(new CustomerUpsert("ann", null, patch, null, NOW)))));
    Customer patched = byExternalId(tenant, "ann");
    assertEquals("Ann", patched.name());
    assertEquals(Map.of("seats", 7, "address", Map.of("city", "Berlin")), patched.attributes());
    assertEquals(seen, patched.firstSeenAt(), "the default (now) never moves firstSeenAt later");

    await(adapters.customers().upsert(tenant.id(), List.of(new CustomerUpsert("ann", "Ann B.", null,
        seen.minus(Duration.ofDays(1)), NOW))));
    Customer renamed = byExternalId(tenant, "ann");
    assertEquals("Ann B.", renamed.name());
    assertEquals(patched.attributes(), renamed.attributes(), "no attributes given keeps them");
    assertEquals(seen.minus(Duration.ofDays(1)), renamed.firstSeenAt());

    await(adapters.customers().upsert(tenant.id(), List.of(new CustomerUpsert("ann", null, null, seen, NOW))));
    assertEquals(seen.minus(Duration.ofDays(1)), byExternalId(tenant, "ann").firstSeenAt(), "only moves earlier");
  }

  @Test
  void aNewCustomerIsAProspectWithoutFacts() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId id = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Customer customer = await(adapters.customers().byIds(tenant.id(), List.of(id))).get(id);
    assertEquals(0, customer.facts().purchaseCount());
    assertEquals(0, BigDecimal.ZERO.compareTo(customer.facts().revenue()));
    assertNull(customer.attributes());
    assertNull(customer.latestDefectionId());
  }

  @Test
  void customersOfAnotherTenantAreNeverFound() {
    Tenant mine = PgFixture.newTenant(adapters);
    Tenant theirs = PgFixture.newTenant(adapters);
    CustomerId ours = PgFixture.customers(adapters, mine.id(), List.of("shared-id")).get(0);
    await(adapters.purchases().record(mine.id(), List.of(purchase(ours, "o-1", NOW.minus(Duration.ofDays(1)), "5")), RULES, NOW));
    CustomerSearch all = PgFixture.search(theirs.id(), new CustomerSort(Field.EXTERNAL_ID, false), 100);

    assertEquals(Map.of(), await(adapters.customers().byIds(theirs.id(), List.of(ours))));
    assertEquals(Optional.empty(), await(adapters.customers().byExternalId(theirs.id(), "shared-id")));
    assertEquals(Map.of(), await(adapters.customers().idsByExternalIds(theirs.id(), List.of("shared-id"))));
    assertEquals(List.of(), await(adapters.customers().search(all)));
    assertEquals(0L, await(adapters.customers().count(all)));
    assertEquals(Map.of(), await(adapters.purchases().purchasesOf(theirs.id(), List.of(ours), new PageRequest(5, null))));
    assertEquals(Map.of(), await(adapters.surveyResponses().responsesOf(theirs.id(), List.of(ours), new PageRequest(5, null))));
    assertEquals(0, await(adapters.revenueRanking().thresholds(theirs.id())).payingCustomers());

    // writes naming their customer ids do not touch ours either
    var recorded = await(adapters.purchases().record(theirs.id(),
        List.of(purchase(ours, "o-2", NOW.minus(Duration.ofDays(1)), "5")), RULES, NOW));
    assertEquals(0, recorded.recorded());
    assertEquals(1, await(adapters.customers().byIds(mine.id(), List.of(ours))).get(ours).facts().purchaseCount());
    // the same external id is a different customer in another tenant
    CustomerId theirCustomer = PgFixture.customers(adapters, theirs.id(), List.of("shared-id")).get(0);
    assertTrue(theirCustomer.value() != ours.value());
  }

  /** 40 customers: prospects, ties on revenue, first purchase day and last purchase time. */
  private Map<CustomerId, Customer> mixedCustomers(Tenant tenant) {
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 40);
    List<NewPurchase> purchases = new ArrayList<>();
    Instant tieAt = NOW.minus(Duration.ofDays(40));
    for (int i = 0; i < ids.size(); i++) {
      if (i % 5 == 0) {
        continue; // prospects: no purchase at all
      }
      Instant at = i % 3 == 0 ? tieAt : NOW.minus(Duration.ofDays(i * 7L)).minus(Duration.ofHours(i));
      String amount = i % 4 == 0 ? "25.00" : (10 + i) + ".5";
      purchases.add(purchase(ids.get(i), "p-" + i, at, amount));
    }
    await(adapters.purchases().record(tenant.id(), purchases, RULES, NOW));
    return await(adapters.customers().byIds(tenant.id(), ids));
  }

  private List<Customer> pageThrough(CustomerSearch first, int pageSize) {
    List<Customer> seen = new ArrayList<>();
    Optional<CustomerPosition> after = Optional.empty();
    while (true) {
      CustomerSearch search = new CustomerSearch(first.tenantId(), first.today(), first.stages(), first.revenue(),
          first.firstPurchase(), first.sort(), after, pageSize + 1);
      List<Positioned<Customer, CustomerPosition>> page = await(adapters.customers().search(search));
      List<Positioned<Customer, CustomerPosition>> shown = page.subList(0, Math.min(pageSize, page.size()));
      shown.forEach(row -> seen.add(row.item()));
      if (page.size() <= pageSize) {
        return seen;
      }
      after = Optional.of(shown.get(shown.size() - 1).position());
    }
  }

  private static Comparator<Customer> expectedOrder(CustomerSort sort) {
    Comparator<Customer> byId = Comparator.comparingLong(c -> c.id().value());
    Comparator<Customer> order = switch (sort.field()) {
      case LIFETIME_REVENUE -> Comparator.comparing((Customer c) -> c.facts().revenue()).thenComparing(byId);
      case HEALTH_SCORE -> Comparator.comparing((Customer c) -> c.health() == null ? -1 : c.health().score())
          .thenComparing(byId);
      // ascending tenure: newest first purchase first, prospects (tenure 0) before everyone
      case TENURE -> Comparator.comparing((Customer c) -> Optional.ofNullable(c.facts().firstPurchaseDay())
          .orElse(LocalDate.MAX)).thenComparing(byId).reversed();
      case LAST_PURCHASE_AT -> Comparator.comparing((Customer c) -> Optional.ofNullable(c.facts().lastPurchaseAt())
          .orElse(Instant.MAX)).thenComparing(byId);
      case EXTERNAL_ID -> Comparator.comparing(Customer::externalId);
    };
    if (sort.field() == Field.LAST_PURCHASE_AT && sort.descending()) {
      // nulls last in both directions
      return Comparator.comparing((Customer c) -> c.facts().lastPurchaseAt() == null)
          .thenComparing(Comparator.comparing((Customer c) -> Optional.ofNullable(c.facts().lastPurchaseAt())
              .orElse(Instant.MIN)).thenComparing(byId).reversed());
    }
    return sort.descending() ? order.reversed() : order;
  }

  @Test
  void eachSortOrderPagesThroughEveryCustomerOnce() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Map<CustomerId, Customer> customers = mixedCustomers(tenant);
    for (Field field : Field.values()) {
      for (boolean descending : new boolean[] {false, true}) {
        CustomerSort sort = new CustomerSort(field, descending);
        List<Customer> walked = pageThrough(PgFixture.search(tenant.id(), sort, 0), 7);
        List<Customer> expected = customers.values().stream().sorted(expectedOrder(sort)).toList();
        assertEquals(ids(expected), ids(walked), sort.toString());
      }
    }
  }

  /** The stage the store filters by: the timeline's stage on the day, with the customer's stored health band applied. */
  private static LifecycleStage stageOn(Customer c, LocalDate day) {
    LifecycleStage base = POLICY.stageOn(c.facts(), day);
    return c.health() == null ? base : c.health().band().applyTo(base);
  }

  private static List<Long> ids(List<Customer> customers) {
    return customers.stream().map(c -> c.id().value()).toList();
  }

  @Test
  void keysetPagesNeverOverlapWhileCustomersAreAdded() {
    Tenant tenant = PgFixture.newTenant(adapters);
    PgFixture.customers(adapters, tenant.id(), 30);
    for (Field field : Field.values()) {
      CustomerSort sort = new CustomerSort(field, true);
      Set<Long> seen = new HashSet<>();
      Optional<CustomerPosition> after = Optional.empty();
      int added = 0;
      while (true) {
        CustomerSearch search = new CustomerSearch(tenant.id(), TODAY, null, null, null, sort, after, 6);
        List<Positioned<Customer, CustomerPosition>> page = await(adapters.customers().search(search));
        for (Positioned<Customer, CustomerPosition> row : page.subList(0, Math.min(5, page.size()))) {
          assertTrue(seen.add(row.item().id().value()), "seen twice: " + row.item().externalId() + " " + sort);
        }
        if (page.size() <= 5) {
          break;
        }
        after = Optional.of(page.get(4).position());
        // new customers land before and after the position between pages
        PgFixture.customers(adapters, tenant.id(), List.of(field + "-a" + added, "zz-" + field + added, "A-" + field + added));
        added++;
      }
      assertTrue(seen.size() >= 30, "every customer present from the start is listed: " + seen.size());
    }
  }

  @Test
  void filtersSelectByStageRevenueRangesAndFirstPurchaseDays() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Map<CustomerId, Customer> customers = mixedCustomers(tenant);
    CustomerSort sort = new CustomerSort(Field.EXTERNAL_ID, false);
    Function<CustomerSearch, Set<Long>> found = search -> await(adapters.customers().search(search)).stream()
        .map(row -> row.item().id().value()).collect(Collectors.toSet());
    Function<java.util.function.Predicate<Customer>, Set<Long>> expected = predicate -> customers.values().stream()
        .filter(predicate).map(c -> c.id().value()).collect(Collectors.toSet());

    // stages, judged by the stored timeline on "today" with the stored health applied (AT_RISK)
    for (LifecycleStage stage : LifecycleStage.values()) {
      CustomerSearch search = new CustomerSearch(tenant.id(), TODAY, Set.of(stage), null, null, sort, null, 100);
      Set<Long> want = expected.apply(c -> stageOn(c, TODAY) == stage);
      assertEquals(want, found.apply(search), stage.name());
      assertEquals(want.size(), await(adapters.customers().count(search)).intValue());
    }
    assertEquals(Set.of(), found.apply(new CustomerSearch(tenant.id(), TODAY, Set.of(), null, null, sort, null, 100)));
    LocalDate longAgo = TODAY.minusDays(1000);
    assertEquals(expected.apply(c -> Set.of(LifecycleStage.PROSPECT, LifecycleStage.NEW).contains(stageOn(c, longAgo))),
        found.apply(new CustomerSearch(tenant.id(), longAgo, Set.of(LifecycleStage.PROSPECT, LifecycleStage.NEW), null,
            null, sort, null, 100)), "before any purchase");

    // revenue: [20, 30) or zero
    RevenueCriterion revenue = new RevenueCriterion(List.of(new RevenueRange(new BigDecimal("20"), new BigDecimal("30"))), true);
    assertEquals(expected.apply(c -> c.facts().revenue().signum() == 0
            || c.facts().revenue().compareTo(new BigDecimal("20")) >= 0 && c.facts().revenue().compareTo(new BigDecimal("30")) < 0),
        found.apply(new CustomerSearch(tenant.id(), TODAY, null, revenue, null, sort, null, 100)));
    RevenueCriterion lowest = new RevenueCriterion(List.of(new RevenueRange(null, new BigDecimal("25"))), false);
    assertEquals(expected.apply(c -> c.facts().revenue().signum() > 0 && c.facts().revenue().compareTo(new BigDecimal("25")) < 0),
        found.apply(new CustomerSearch(tenant.id(), TODAY, null, lowest, null, sort, null, 100)));
    assertEquals(Set.of(), found.apply(new CustomerSearch(tenant.id(), TODAY, null,
        new RevenueCriterion(List.of(), false), null, sort, null, 100)));

    // first purchase in the last 100 days, or never
    FirstPurchaseCriterion recent = new FirstPurchaseCriterion(List.of(new DayRange(TODAY.minusDays(100), null)), true);
    assertEquals(expected.apply(c -> c.facts().firstPurchaseDay() == null
            || !c.facts().firstPurchaseDay().isBefore(TODAY.minusDays(100))),
        found.apply(new CustomerSearch(tenant.id(), TODAY, null, null, recent, sort, null, 100)));
    FirstPurchaseCriterion between = new FirstPurchaseCriterion(
        List.of(new DayRange(TODAY.minusDays(150), TODAY.minusDays(40))), false);
    CustomerSearch combined = new CustomerSearch(tenant.id(), TODAY, Set.of(LifecycleStage.NEW), null, between, sort, null, 100);
    assertEquals(expected.apply(c -> c.facts().firstPurchaseDay() != null
            && !c.facts().firstPurchaseDay().isBefore(TODAY.minusDays(150))
            && !c.facts().firstPurchaseDay().isAfter(TODAY.minusDays(40))
            && stageOn(c, TODAY) == LifecycleStage.NEW),
        found.apply(combined));
  }

  @Test
  void aForgedPositionIsAnInvalidCursor() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerSearch search = new CustomerSearch(tenant.id(), TODAY, null, null, null,
        new CustomerSort(Field.LIFETIME_REVENUE, false), Optional.of(new CustomerPosition("not a number", 1)), 10);
    assertEquals(ErrorCodes.INVALID_CURSOR, failure(UseCaseException.class, adapters.customers().search(search)).code());
  }
}

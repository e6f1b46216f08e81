package io.customerintel.application.fakes;

import io.customerintel.application.port.out.CustomerPosition;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.CustomerSearch;
import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.application.port.out.CustomerUpsert;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.Positioned;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.tenure.TenureBand.DayRange;
import io.customerintel.domain.value.ValueTierThresholds.RevenueRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** CustomerRepository over the in-memory store; records what it was asked. */
public final class InMemoryCustomers implements CustomerRepository {
  private final InMemoryStore store;
  public final List<List<CustomerUpsert>> upserts = new ArrayList<>();
  public final List<CustomerSearch> searches = new ArrayList<>();
  public final List<CustomerSearch> counts = new ArrayList<>();
  public int byIdsCalls;
  private final InMemoryKeys keys = new InMemoryKeys();

  public InMemoryCustomers(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<Integer> upsert(TenantId tenantId, List<CustomerUpsert> customers,
                                         Optional<IdempotentRequest> request) {
    return keys.once(tenantId, request, () -> stored(tenantId, customers));
  }

  private CompletionStage<Integer> stored(TenantId tenantId, List<CustomerUpsert> customers) {
    upserts.add(List.copyOf(customers));
    Map<String, Customer> all = store.customersOf(tenantId);
    for (CustomerUpsert u : customers) {
      Customer old = all.get(u.externalId());
      if (old == null) {
        Customer created = new Customer(new CustomerId(store.nextId()), u.externalId(), u.name(),
            merge(null, u.attributes()), u.firstSeenAt() == null ? u.defaultFirstSeenAt() : u.firstSeenAt(),
            CustomerFacts.NONE, null);
        all.put(u.externalId(), created);
        store.timelines.put(created.id(), LifecyclePolicy.DEFAULT.timeline(CustomerFacts.NONE));
      } else {
        all.put(u.externalId(), new Customer(old.id(), old.externalId(), u.name() == null ? old.name() : u.name(),
            merge(old.attributes(), u.attributes()),
            u.firstSeenAt() != null && u.firstSeenAt().isBefore(old.firstSeenAt()) ? u.firstSeenAt() : old.firstSeenAt(),
            old.facts(), old.latestDefectionId()));
      }
    }
    return CompletableFuture.completedFuture(customers.size());
  }

  private static Map<String, Object> merge(Map<String, Object> stored, Map<String, Object> given) {
    if (given == null) {
      return stored;
    }
    Map<String, Object> merged = stored == null ? new LinkedHashMap<>() : new LinkedHashMap<>(stored);
    given.forEach((key, value) -> {
      if (value == null) {
        merged.remove(key);
      } else {
        merged.put(key, value);
      }
    });
    return merged;
  }

  @Override
  public CompletionStage<Map<String, CustomerId>> idsByExternalIds(TenantId tenantId, Collection<String> externalIds) {
    Map<String, CustomerId> ids = new LinkedHashMap<>();
    for (String externalId : externalIds) {
      Customer c = store.customersOf(tenantId).get(externalId);
      if (c != null) {
        ids.put(externalId, c.id());
      }
    }
    return CompletableFuture.completedFuture(ids);
  }

  @Override
  public CompletionStage<Optional<Customer>> byExternalId(TenantId tenantId, String externalId) {
    return CompletableFuture.completedFuture(Optional.ofNullable(store.customersOf(tenantId).get(externalId)));
  }

  @Override
  public CompletionStage<Map<CustomerId, Customer>> byIds(TenantId tenantId, Collection<CustomerId> ids) {
    byIdsCalls++;
    Map<CustomerId, Customer> found = new LinkedHashMap<>();
    for (Customer c : store.customersOf(tenantId).values()) {
      if (ids.contains(c.id())) {
        found.put(c.id(), c);
      }
    }
    return CompletableFuture.completedFuture(found);
  }

  @Override
  public CompletionStage<List<Positioned<Customer, CustomerPosition>>> search(CustomerSearch search) {
    searches.add(search);
    List<Customer> ordered = matching(search);
    int start = 0;
    if (search.after().isPresent()) {
      long afterId = search.after().get().id();
      start = ordered.size();
      for (int i = 0; i < ordered.size(); i++) {
        if (ordered.get(i).id().value() == afterId) {
          start = i + 1;
        }
      }
    }
    List<Positioned<Customer, CustomerPosition>> page = new ArrayList<>();
    for (int i = start; i < ordered.size() && page.size() < search.limit(); i++) {
      Customer c = ordered.get(i);
      page.add(new Positioned<>(c, new CustomerPosition(String.valueOf(sortValue(c, search)), c.id().value())));
    }
    return CompletableFuture.completedFuture(page);
  }

  @Override
  public CompletionStage<Long> count(CustomerSearch search) {
    counts.add(search);
    return CompletableFuture.completedFuture((long) matching(search).size());
  }

  private List<Customer> matching(CustomerSearch search) {
    List<Customer> result = new ArrayList<>();
    for (Customer c : store.customersOf(search.tenantId()).values()) {
      if (matches(c, search)) {
        result.add(c);
      }
    }
    Comparator<Customer> byValue = Comparator.comparing(c -> sortValue(c, search),
        Comparator.nullsLast(Comparator.naturalOrder()));
    Comparator<Customer> order = byValue.thenComparing(c -> c.id().value());
    if (search.sort().descending()) {
      // nulls stay last in both directions, as the store's coalesce(..., +/-infinity) indexes have them
      Comparator<Customer> reversed = Comparator.comparing((Customer c) -> sortValue(c, search),
          Comparator.nullsLast(Comparator.<Comparable<Object>>reverseOrder()));
      order = reversed.thenComparing(c -> -c.id().value());
    }
    result.sort(order);
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> sortValue(Customer c, CustomerSearch search) {
    CustomerSort.Field field = search.sort().field();
    Comparable<?> value = switch (field) {
      case EXTERNAL_ID -> c.externalId();
      case LIFETIME_REVENUE -> c.facts().revenue();
      case HEALTH_SCORE -> c.health() == null ? Integer.valueOf(-1) : Integer.valueOf(c.health().score());
      case LAST_PURCHASE_AT -> c.facts().lastPurchaseAt();
      case TENURE -> c.facts().hasPurchased()
          ? Long.valueOf(LifecyclePolicy.tenureDays(c.facts(), search.today())) : Long.valueOf(-1);
    };
    return (Comparable<Object>) value;
  }

  private boolean matches(Customer c, CustomerSearch search) {
    LifecycleStage base = store.timelines.get(c.id()).stageOn(search.today());
    LifecycleStage stage = c.health() == null ? base : c.health().band().applyTo(base);
    if (search.stages() != null && !search.stages().contains(stage)) {
      return false;
    }
    if (search.healthBands() != null && (c.health() == null || !search.healthBands().contains(c.health().band()))) {
      return false;
    }
    if (search.quietDefectorTypes() != null && (stage != LifecycleStage.AT_RISK
        || !search.quietDefectorTypes().contains(c.health().quietDefectorType()))) {
      return false;
    }
    if (search.revenue() != null) {
      BigDecimal revenue = c.facts().revenue();
      boolean hit = search.revenue().includeZero() && revenue.signum() == 0;
      for (RevenueRange range : search.revenue().ranges()) {
        hit |= revenue.signum() > 0 && (range.min() == null || revenue.compareTo(range.min()) >= 0)
            && (range.max() == null || revenue.compareTo(range.max()) < 0);
      }
      if (!hit) {
        return false;
      }
    }
    if (search.firstPurchase() != null) {
      LocalDate first = c.facts().firstPurchaseDay();
      boolean hit = search.firstPurchase().includeNone() && first == null;
      for (DayRange range : search.firstPurchase().ranges()) {
        hit |= first != null && (range.earliest() == null || !first.isBefore(range.earliest()))
            && (range.latest() == null || !first.isAfter(range.latest()));
      }
      return hit;
    }
    return true;
  }
}

package io.customerintel.application.fakes;

import io.customerintel.application.port.out.ItemSlice;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.application.port.out.PageRequest;
import io.customerintel.application.port.out.PurchaseLedger;
import io.customerintel.application.port.out.RecordedPurchases;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.purchase.Purchase;
import io.customerintel.domain.purchase.PurchaseId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** PurchaseLedger over the in-memory store: idempotent by external id, re-derives the buyers' facts. */
public final class InMemoryPurchaseLedger implements PurchaseLedger {
  private final InMemoryStore store;
  public final List<List<NewPurchase>> recorded = new ArrayList<>();
  public final List<LifecyclePolicy> policies = new ArrayList<>();
  public final List<PageRequest> pageRequests = new ArrayList<>();

  public InMemoryPurchaseLedger(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<RecordedPurchases> record(TenantId tenantId, List<NewPurchase> purchases,
                                                   CustomerRules rules, Instant now) {
    recorded.add(List.copyOf(purchases));
    policies.add(rules.lifecycle());
    Map<String, Purchase> stored = store.purchasesOf(tenantId);
    int added = 0;
    int duplicates = 0;
    Set<CustomerId> touched = new LinkedHashSet<>();
    for (NewPurchase p : purchases) {
      if (stored.containsKey(p.externalId())) {
        duplicates++;
        continue;
      }
      Purchase purchase = new Purchase(new PurchaseId(store.nextId()), p.customerId(), p.externalId(), p.occurredAt(),
          p.amount(), p.quantity());
      stored.put(p.externalId(), purchase);
      store.purchaseDays.put(purchase, p.day());
      touched.add(p.customerId());
      added++;
    }
    touched.forEach(customer -> store.rederive(tenantId, customer, rules, now, false));
    return CompletableFuture.completedFuture(new RecordedPurchases(added, duplicates));
  }

  @Override
  public CompletionStage<Map<CustomerId, ItemSlice<Purchase>>> purchasesOf(TenantId tenantId,
                                                                          Collection<CustomerId> customers,
                                                                          PageRequest page) {
    pageRequests.add(page);
    Map<CustomerId, ItemSlice<Purchase>> result = new LinkedHashMap<>();
    for (CustomerId customer : customers) {
      List<Purchase> all = new ArrayList<>(store.purchasesOf(tenantId).values().stream()
          .filter(p -> p.customerId().equals(customer)).toList());
      all.sort(Comparator.comparing(Purchase::occurredAt).thenComparing(p -> p.id().value()).reversed());
      List<Purchase> after = all.stream().filter(p -> page.after().isEmpty()
          || p.occurredAt().isBefore(page.after().get().at())
          || (p.occurredAt().equals(page.after().get().at()) && p.id().value() < page.after().get().id())).toList();
      if (!all.isEmpty()) {
        result.put(customer, new ItemSlice<>(after.subList(0, Math.min(page.limit(), after.size())),
            after.size() > page.limit(), all.size()));
      }
    }
    return CompletableFuture.completedFuture(result);
  }

  @Override
  public CompletionStage<Map<PurchaseId, Purchase>> byIds(TenantId tenantId, Collection<PurchaseId> ids) {
    Map<PurchaseId, Purchase> found = new LinkedHashMap<>();
    store.purchasesOf(tenantId).values().stream().filter(p -> ids.contains(p.id())).forEach(p -> found.put(p.id(), p));
    return CompletableFuture.completedFuture(found);
  }
}

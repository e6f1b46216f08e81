package io.customerintel.application.fakes;

import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.followup.FollowUp;
import io.customerintel.domain.health.HealthChange;
import io.customerintel.domain.health.HealthEvidence;
import io.customerintel.domain.health.HealthTracker;
import io.customerintel.domain.health.HealthUpdate;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.CustomerHistory;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.lifecycle.LifecycleTimeline;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.customerintel.domain.purchase.Purchase;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.value.ValueTier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The shared state behind the in-memory port fakes, like the one database behind the real adapters:
 * purchases and defections written through one port show in the customers another port lists.
 */
public final class InMemoryStore {
  final AtomicLong ids = new AtomicLong();
  final List<Tenant> tenants = new ArrayList<>();
  final Map<String, TenantId> apiKeys = new HashMap<>();
  final Map<TenantId, Map<String, Customer>> customers = new HashMap<>();
  final Map<CustomerId, LifecycleTimeline> timelines = new HashMap<>();
  final Map<TenantId, Map<String, Purchase>> purchases = new HashMap<>();
  final Map<Purchase, LocalDate> purchaseDays = new HashMap<>();
  final Map<TenantId, List<Defection>> defections = new HashMap<>();
  final Map<TenantId, Map<String, DefectionReason>> reasons = new HashMap<>();
  final Map<TenantId, List<SurveyResponse>> surveys = new HashMap<>();
  final Map<CustomerId, List<FollowUp>> followUps = new HashMap<>();
  final Map<CustomerId, List<HealthChange>> healthChanges = new HashMap<>();
  final Map<CustomerId, Instant> assessedAt = new HashMap<>();
  /** Tenants whose customers must all be re-judged (their health model changed) at the next catch-up. */
  final Set<TenantId> reassessAll = new HashSet<>();
  final Map<DefectionId, ValueTier> defectionTiers = new HashMap<>();

  long nextId() {
    return ids.incrementAndGet();
  }

  Map<String, Customer> customersOf(TenantId tenantId) {
    return customers.computeIfAbsent(tenantId, t -> new LinkedHashMap<>());
  }

  Map<String, Purchase> purchasesOf(TenantId tenantId) {
    return purchases.computeIfAbsent(tenantId, t -> new LinkedHashMap<>());
  }

  List<Defection> defectionsOf(TenantId tenantId) {
    return defections.computeIfAbsent(tenantId, t -> new ArrayList<>());
  }

  Map<String, DefectionReason> reasonsOf(TenantId tenantId) {
    return reasons.computeIfAbsent(tenantId, t -> new TreeMap<>());
  }

  List<SurveyResponse> surveysOf(TenantId tenantId) {
    return surveys.computeIfAbsent(tenantId, t -> new ArrayList<>());
  }

  /** Adds a customer with the given facts, as if their purchases had been recorded under the policy. */
  public Customer seedCustomer(TenantId tenantId, String externalId, CustomerFacts facts, LifecyclePolicy policy) {
    Customer customer = new Customer(new CustomerId(nextId()), externalId, null, null,
        Instant.parse("2020-01-01T00:00:00Z"), facts, null);
    customersOf(tenantId).put(externalId, customer);
    timelines.put(customer.id(), policy.timeline(facts));
    return customer;
  }

  public Customer seedCustomer(TenantId tenantId, String externalId) {
    return seedCustomer(tenantId, externalId, CustomerFacts.NONE, LifecyclePolicy.DEFAULT);
  }

  public void seedReasons(TenantId tenantId, List<DefectionReason> defaults) {
    defaults.forEach(reason -> reasonsOf(tenantId).put(reason.code(), reason));
  }

  public Optional<Customer> customer(TenantId tenantId, String externalId) {
    return Optional.ofNullable(customersOf(tenantId).get(externalId));
  }

  public int customerCount(TenantId tenantId) {
    return customersOf(tenantId).size();
  }

  public List<Purchase> purchases(TenantId tenantId) {
    return List.copyOf(purchasesOf(tenantId).values());
  }

  public LocalDate dayOf(Purchase purchase) {
    return purchaseDays.get(purchase);
  }

  public List<Defection> defections(TenantId tenantId) {
    return List.copyOf(defectionsOf(tenantId));
  }

  public List<SurveyResponse> surveyResponses(TenantId tenantId) {
    return List.copyOf(surveysOf(tenantId));
  }

  public List<DefectionReason> reasons(TenantId tenantId) {
    return List.copyOf(reasonsOf(tenantId).values());
  }

  /**
   * Re-derives a customer's facts, timeline and health (judged at now, like the real store) from their stored
   * purchase days, defections, surveys and follow-ups.
   */
  void rederive(TenantId tenantId, CustomerId customerId, CustomerRules rules, Instant now, boolean timeDriven) {
    LifecyclePolicy policy = rules.lifecycle();
    List<PurchaseDayTotal> days = purchaseDays(tenantId, customerId);
    Optional<Defection> latest = defectionsOf(tenantId).stream()
        .filter(d -> d.customerId().equals(customerId))
        .max(Comparator.comparing(Defection::occurredAt).thenComparing(d -> d.id().value()));
    CustomerFacts facts = policy.summarize(new CustomerHistory(days, latest.map(Defection::occurredAt)));
    replace(tenantId, customerId, c -> new Customer(c.id(), c.externalId(), c.name(), c.attributes(), c.firstSeenAt(),
        facts, latest.map(Defection::id).orElse(null), c.health()));
    timelines.put(customerId, policy.timeline(facts));
    reassess(tenantId, customerId, rules, now, timeDriven);
  }

  /** Re-judges a customer's health at now from the stored evidence (replayed when only time passed). */
  void reassess(TenantId tenantId, CustomerId customerId, CustomerRules rules, Instant now, boolean timeDriven) {
    List<SurveyResponse> answers = surveysOf(tenantId).stream().filter(r -> r.customerId().equals(customerId))
        .toList();
    List<Instant> followed = followUps.getOrDefault(customerId, List.of()).stream().map(FollowUp::at).toList();
    HealthEvidence evidence = new HealthEvidence(purchaseDays(tenantId, customerId), answers, followed,
        rules.zone());
    replace(tenantId, customerId, c -> {
      HealthUpdate health = rules.healthTracker().update(evidence, now, c.health(),
          assessedAt.get(customerId), timeDriven);
      healthChanges.computeIfAbsent(customerId, id -> new ArrayList<>()).addAll(health.changes());
      assessedAt.put(customerId, now);
      return new Customer(c.id(), c.externalId(), c.name(), c.attributes(), c.firstSeenAt(), c.facts(),
          c.latestDefectionId(), health.current());
    });
  }

  /** The customer's purchase days, as the store keeps them. */
  public List<PurchaseDayTotal> purchaseDays(TenantId tenantId, CustomerId customerId) {
    Map<LocalDate, PurchaseDayTotal> days = new TreeMap<>();
    for (Purchase p : purchasesOf(tenantId).values()) {
      if (!p.customerId().equals(customerId)) {
        continue;
      }
      LocalDate day = purchaseDays.get(p);
      days.merge(day, new PurchaseDayTotal(day, 1, p.amount(), p.occurredAt(), p.occurredAt()),
          (a, b) -> new PurchaseDayTotal(day, a.purchases() + b.purchases(), a.revenue().add(b.revenue()),
              a.firstAt().isBefore(b.firstAt()) ? a.firstAt() : b.firstAt(),
              a.lastAt().isAfter(b.lastAt()) ? a.lastAt() : b.lastAt()));
    }
    return new ArrayList<>(days.values());
  }

  private void replace(TenantId tenantId, CustomerId customerId, UnaryOperator<Customer> change) {
    for (Map.Entry<String, Customer> entry : customersOf(tenantId).entrySet()) {
      if (entry.getValue().id().equals(customerId)) {
        entry.setValue(change.apply(entry.getValue()));
        return;
      }
    }
    throw new IllegalStateException("no customer " + customerId);
  }

  /** The value tier stored with a defection; null when it was recorded without one. */
  public ValueTier tierOf(DefectionId defectionId) {
    return defectionTiers.get(defectionId);
  }

  public LifecycleTimeline timelineOf(CustomerId customerId) {
    return timelines.get(customerId);
  }
}

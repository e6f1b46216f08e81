package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.CustomerFilter;
import io.customerintel.application.port.in.CustomerProfile;
import io.customerintel.application.port.in.FindCustomersUseCase;
import io.customerintel.application.port.in.Page;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.application.port.out.CustomerCatchUp;
import io.customerintel.application.port.out.CustomerPosition;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.CustomerSearch.FirstPurchaseCriterion;
import io.customerintel.application.port.out.CustomerSearch.RevenueCriterion;
import io.customerintel.application.port.out.CustomerSearch;
import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.application.port.out.Positioned;
import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.domain.conversation.ConversationGuide;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthAssessment;
import io.customerintel.domain.health.HealthInputs;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenure.Tenure;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.CustomerValue;
import io.customerintel.domain.value.ValueTier;
import io.customerintel.domain.value.ValueTierThresholds.RevenueRange;
import io.customerintel.domain.value.ValueTierThresholds;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Answers customer lookups and listings, judging stage, tenure, value and health as of the clock's now. Every read
 * first lets the catch-up re-derive the customers whose health time alone has changed since it was stored.
 */
public final class CustomerQueryService implements FindCustomersUseCase {
  private final CustomerRepository customers;
  private final RevenueRanking ranking;
  private final CustomerCatchUp catchUp;
  private final Clock clock;

  public CustomerQueryService(CustomerRepository customers, RevenueRanking ranking, CustomerCatchUp catchUp,
                              Clock clock) {
    this.customers = customers;
    this.ranking = ranking;
    this.catchUp = catchUp;
    this.clock = clock;
  }

  private CompletionStage<?> caughtUp(AuthenticatedTenant tenant) {
    return catchUp.catchUp(tenant.tenantId(), tenant.rules(), clock.instant());
  }

  @Override
  public CompletionStage<Optional<CustomerProfile>> byExternalId(AuthenticatedTenant tenant, String externalId) {
    return caughtUp(tenant).thenCompose(done -> customers.byExternalId(tenant.tenantId(), externalId)).thenCompose(found -> {
      if (found.isEmpty()) {
        return CompletableFuture.completedFuture(Optional.<CustomerProfile>empty());
      }
      return ranking.thresholds(tenant.tenantId())
          .thenApply(thresholds -> Optional.of(profile(tenant, found.get(), thresholds, clock.instant())));
    });
  }

  @Override
  public CompletionStage<Map<CustomerId, CustomerProfile>> byIds(AuthenticatedTenant tenant,
                                                                 Collection<CustomerId> ids) {
    if (ids.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    return caughtUp(tenant).thenCompose(done -> customers.byIds(tenant.tenantId(), ids))
        .thenCombine(ranking.thresholds(tenant.tenantId()), (found, thresholds) -> {
          Instant now = clock.instant();
          Map<CustomerId, CustomerProfile> profiles = new LinkedHashMap<>();
          found.forEach((id, customer) -> profiles.put(id, profile(tenant, customer, thresholds, now)));
          return profiles;
        });
  }

  @Override
  public CompletionStage<Page<CustomerProfile>> list(Query query) {
    AuthenticatedTenant tenant = query.tenant();
    Optional<CustomerPosition> after = query.page().after().map(cursor -> CustomerCursors.decode(cursor, query.sort()));
    return caughtUp(tenant).thenCompose(done -> listCaughtUp(query, after));
  }

  private CompletionStage<Page<CustomerProfile>> listCaughtUp(Query query, Optional<CustomerPosition> after) {
    AuthenticatedTenant tenant = query.tenant();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, tenant.zone());
    CompletionStage<ValueTierThresholds> thresholds = ranking.thresholds(tenant.tenantId());
    CompletionStage<List<Positioned<Customer, CustomerPosition>>> rows = needsThresholds(query.filter())
        ? thresholds.thenCompose(t -> customers.search(search(query, today, t, after)))
        : customers.search(search(query, today, null, after));
    return rows.thenCombine(thresholds, (found, t) -> {
      int size = query.page().first();
      List<Page.Edge<CustomerProfile>> edges = new ArrayList<>();
      for (Positioned<Customer, CustomerPosition> row : found.subList(0, Math.min(size, found.size()))) {
        edges.add(new Page.Edge<>(CustomerCursors.encode(query.sort(), row.position()),
            profile(tenant, row.item(), t, now)));
      }
      return new Page<>(edges, found.size() > size, after.isPresent());
    });
  }

  @Override
  public CompletionStage<Long> count(AuthenticatedTenant tenant, CustomerFilter filter) {
    Query query = new Query(tenant, filter, null, PageArgs.of(1, null));
    return caughtUp(tenant).thenCompose(done -> {
      LocalDate today = today(tenant);
      if (needsThresholds(query.filter())) {
        return ranking.thresholds(tenant.tenantId())
            .thenCompose(t -> customers.count(search(query, today, t, Optional.empty())));
      }
      return customers.count(search(query, today, null, Optional.empty()));
    });
  }

  private LocalDate today(AuthenticatedTenant tenant) {
    return LocalDate.ofInstant(clock.instant(), tenant.zone());
  }

  static boolean needsThresholds(CustomerFilter filter) {
    return filter.valueTiers() != null;
  }

  static CustomerProfile profile(AuthenticatedTenant tenant, Customer customer, ValueTierThresholds thresholds,
                                 Instant now) {
    LocalDate today = LocalDate.ofInstant(now, tenant.zone());
    LifecycleStage base = tenant.lifecyclePolicy().stageOn(customer.facts(), today);
    HealthAssessment health = customer.health();
    if (health == null) {
      // Never assessed: created after this read's catch-up began. Any recorded data would have assessed them, so
      // there is no evidence, and judging no evidence now is exact.
      health = tenant.healthPolicy().assess(new HealthInputs(List.of(), List.of(), List.of(), now, tenant.zone()));
    }
    LifecycleStage stage = health.band().applyTo(base);
    if (stage != LifecycleStage.AT_RISK && health.quietDefectorType() != null) {
      health = new HealthAssessment(health.score(), health.band(), health.signals(), null);
    }
    return new CustomerProfile(customer, stage, Tenure.of(customer.facts(), today),
        CustomerValue.of(customer.facts(), thresholds, Currency.getInstance(tenant.currency())),
        ConversationGuide.forStage(stage), health);
  }

  private static CustomerSearch search(Query query, LocalDate today, ValueTierThresholds thresholds,
                                       Optional<CustomerPosition> after) {
    return search(query.tenant(), query.filter(), query.sort(), today, thresholds, after, query.page().first() + 1);
  }

  /** The listing's filter translated by the domain rules into storage terms, as of today. */
  static CustomerSearch search(AuthenticatedTenant tenant, CustomerFilter filter, CustomerSort sort, LocalDate today,
                               ValueTierThresholds thresholds, Optional<CustomerPosition> after, int limit) {
    return new CustomerSearch(tenant.tenantId(), today, stages(filter), revenue(filter, thresholds),
        firstPurchase(filter, today), filter.healthBands(), filter.quietDefectorTypes(), sort, after, limit);
  }

  private static Set<LifecycleStage> stages(CustomerFilter filter) {
    Set<LifecycleStage> stages = filter.lifecycleStages() == null ? null : EnumSet.noneOf(LifecycleStage.class);
    if (stages != null) {
      stages.addAll(filter.lifecycleStages());
    }
    if (filter.conversationGroup() != null) {
      LifecycleStage groupStage = ConversationGuide.stageOf(filter.conversationGroup());
      if (stages == null) {
        stages = EnumSet.of(groupStage);
      } else {
        stages.retainAll(Set.of(groupStage));
      }
    }
    return stages;
  }

  private static RevenueCriterion revenue(CustomerFilter filter, ValueTierThresholds thresholds) {
    if (filter.valueTiers() == null) {
      return null;
    }
    List<RevenueRange> ranges = new ArrayList<>();
    for (ValueTier tier : filter.valueTiers()) {
      thresholds.rangeOf(tier).ifPresent(ranges::add);
    }
    return new RevenueCriterion(ranges, filter.valueTiers().contains(ValueTier.NONE));
  }

  private static FirstPurchaseCriterion firstPurchase(CustomerFilter filter, LocalDate today) {
    if (filter.tenureBands() == null) {
      return null;
    }
    List<TenureBand.DayRange> ranges = new ArrayList<>();
    for (TenureBand band : filter.tenureBands()) {
      if (band != TenureBand.NONE) {
        ranges.add(band.firstPurchaseDays(today));
      }
    }
    return new FirstPurchaseCriterion(ranges, filter.tenureBands().contains(TenureBand.NONE));
  }
}

package io.customerintel.application.port.out;

import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.health.QuietDefectorType;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.tenure.TenureBand.DayRange;
import io.customerintel.domain.value.ValueTierThresholds.RevenueRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer listing in storage terms: the API's filters already translated by the domain rules
 * into stages on a day (AT_RISK included: the store applies the health band), revenue ranges, first-purchase day
 * ranges, health bands and quiet defector types (of AT_RISK customers only). A null criterion matches all.
 */
public record CustomerSearch(
    TenantId tenantId,
    LocalDate today,
    Set<LifecycleStage> stages,
    RevenueCriterion revenue,
    FirstPurchaseCriterion firstPurchase,
    Set<HealthBand> healthBands,
    Set<QuietDefectorType> quietDefectorTypes,
    CustomerSort sort,
    Optional<CustomerPosition> after,
    int limit) {

  public CustomerSearch {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(sort, "sort");
    stages = stages == null ? null : Set.copyOf(stages);
    healthBands = healthBands == null ? null : Set.copyOf(healthBands);
    quietDefectorTypes = quietDefectorTypes == null ? null : Set.copyOf(quietDefectorTypes);
    after = after == null ? Optional.empty() : after;
  }

  /** A search without health criteria. */
  public CustomerSearch(TenantId tenantId, LocalDate today, Set<LifecycleStage> stages, RevenueCriterion revenue,
                        FirstPurchaseCriterion firstPurchase, CustomerSort sort, Optional<CustomerPosition> after,
                        int limit) {
    this(tenantId, today, stages, revenue, firstPurchase, null, null, sort, after, limit);
  }

  /** Revenue in any of the ranges, or zero revenue when includeZero. */
  public record RevenueCriterion(List<RevenueRange> ranges, boolean includeZero) {
    public RevenueCriterion {
      ranges = List.copyOf(ranges);
    }
  }

  /** First purchase day in any of the ranges, or no purchase at all when includeNone. */
  public record FirstPurchaseCriterion(List<DayRange> ranges, boolean includeNone) {
    public FirstPurchaseCriterion {
      ranges = List.copyOf(ranges);
    }
  }
}

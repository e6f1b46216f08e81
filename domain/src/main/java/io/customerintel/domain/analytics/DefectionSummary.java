package io.customerintel.domain.analytics;

import io.customerintel.domain.defection.DefectionCategory;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The defections of a range of days: how many customers left, the value lost, and the breakdowns by reason, category,
 * value tier and tenure band (as they were when each customer left). Every breakdown adds up to the same total, and so
 * do the days, from which a trend in any calendar interval follows without asking the store again.
 */
public record DefectionSummary(Period range, LossTally total, long avoidable,
                               List<LossShare<DefectionReason>> byReason,
                               List<LossShare<DefectionCategory>> byCategory,
                               List<LossShare<ValueTier>> byValueTier,
                               List<LossShare<TenureBand>> byTenureBand,
                               List<DefectionDay> days) {
  public DefectionSummary {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(total, "total");
    byReason = List.copyOf(byReason);
    byCategory = List.copyOf(byCategory);
    byValueTier = List.copyOf(byValueTier);
    byTenureBand = List.copyOf(byTenureBand);
    days = List.copyOf(days);
    if (avoidable < 0 || avoidable > total.customers()) {
      throw new IllegalArgumentException("avoidable defections must be 0 to all defections");
    }
    requireTotal(total, sum(byReason), "reasons");
    requireTotal(total, sum(byCategory), "categories");
    requireTotal(total, sum(byValueTier), "value tiers");
    requireTotal(total, sum(byTenureBand), "tenure bands");
    requireTotal(total, days.stream().map(DefectionDay::loss).reduce(LossTally.NONE, LossTally::plus), "days");
    if (days.stream().mapToLong(DefectionDay::avoidable).sum() != avoidable) {
      throw new IllegalArgumentException("the days' avoidable defections do not add up to " + avoidable);
    }
    for (int i = 0; i < days.size(); i++) {
      DefectionDay day = days.get(i);
      if (i > 0 && !day.day().isAfter(days.get(i - 1).day())) {
        throw new IllegalArgumentException("days must be in order, each once");
      }
      if (!range.contains(day.day())) {
        throw new IllegalArgumentException("defection day " + day.day() + " lies outside " + range);
      }
    }
  }

  /** Avoidable defections per defection; 0 without defections. */
  public double avoidableShare() {
    return total.customers() == 0 ? 0 : (double) avoidable / total.customers();
  }

  /** The defections per period of consecutive periods (empty ones included). */
  public List<DefectionPeriod> trend(List<Period> periods) {
    List<DefectionPeriod> trend = new ArrayList<>(periods.size());
    int next = 0;
    for (Period period : periods) {
      while (next < days.size() && days.get(next).day().isBefore(period.start())) {
        next++;
      }
      LossTally loss = LossTally.NONE;
      long avoidableInPeriod = 0;
      for (; next < days.size() && !days.get(next).day().isAfter(period.end()); next++) {
        loss = loss.plus(days.get(next).loss());
        avoidableInPeriod += days.get(next).avoidable();
      }
      trend.add(new DefectionPeriod(period, loss.customers(), loss.lostValue(), avoidableInPeriod));
    }
    return trend;
  }

  /**
   * The summary from the store's tallies per reason, value tier, tenure band and day. Reasons and categories without
   * defections are left out; every value tier and tenure band is listed, in enum order.
   */
  public static DefectionSummary of(Period range, Map<DefectionReason, LossTally> byReason,
                                    Map<ValueTier, LossTally> byValueTier, Map<TenureBand, LossTally> byTenureBand,
                                    Collection<DefectionDay> days) {
    LossTally total = byReason.values().stream().reduce(LossTally.NONE, LossTally::plus);
    long all = total.customers();
    long avoidable = 0;
    Map<DefectionCategory, LossTally> byCategory = new EnumMap<>(DefectionCategory.class);
    List<LossShare<DefectionReason>> reasons = new ArrayList<>();
    for (Map.Entry<DefectionReason, LossTally> entry : byReason.entrySet()) {
      DefectionReason reason = entry.getKey();
      LossTally tally = entry.getValue();
      if (tally.customers() == 0) {
        continue;
      }
      avoidable += reason.avoidable() ? tally.customers() : 0;
      byCategory.merge(reason.category(), tally, LossTally::plus);
      reasons.add(LossShare.of(reason, tally, all));
    }
    reasons.sort(largestFirst(Comparator.comparing(DefectionReason::code)));
    List<LossShare<DefectionCategory>> categories = new ArrayList<>();
    byCategory.forEach((category, tally) -> categories.add(LossShare.of(category, tally, all)));
    categories.sort(largestFirst(Comparator.<DefectionCategory>naturalOrder()));
    List<LossShare<ValueTier>> tiers = new ArrayList<>();
    for (ValueTier tier : ValueTier.values()) {
      tiers.add(LossShare.of(tier, byValueTier.getOrDefault(tier, LossTally.NONE), all));
    }
    List<LossShare<TenureBand>> bands = new ArrayList<>();
    for (TenureBand band : TenureBand.values()) {
      bands.add(LossShare.of(band, byTenureBand.getOrDefault(band, LossTally.NONE), all));
    }
    List<DefectionDay> sortedDays = new ArrayList<>(days);
    sortedDays.sort(Comparator.comparing(DefectionDay::day));
    return new DefectionSummary(range, total, avoidable, reasons, categories, tiers, bands, sortedDays);
  }

  /** Reference implementation over single defections; the store computes the same tallies with one query. */
  public static DefectionSummary of(Period range, Collection<CustomerLoss> losses) {
    Map<DefectionReason, LossTally> byReason = new LinkedHashMap<>();
    Map<ValueTier, LossTally> byValueTier = new EnumMap<>(ValueTier.class);
    Map<TenureBand, LossTally> byTenureBand = new EnumMap<>(TenureBand.class);
    Map<LocalDate, DefectionDay> byDay = new TreeMap<>();
    for (CustomerLoss loss : losses) {
      if (!range.contains(loss.day())) {
        continue;
      }
      LossTally one = new LossTally(1, loss.lostValue());
      byReason.merge(loss.reason(), one, LossTally::plus);
      byValueTier.merge(loss.valueTier(), one, LossTally::plus);
      byTenureBand.merge(loss.tenureBand(), one, LossTally::plus);
      DefectionDay single = new DefectionDay(loss.day(), one, loss.reason().avoidable() ? 1 : 0);
      byDay.merge(loss.day(), single, (a, b) -> new DefectionDay(a.day(), a.loss().plus(b.loss()),
          a.avoidable() + b.avoidable()));
    }
    return of(range, byReason, byValueTier, byTenureBand, byDay.values());
  }

  /** Most defections first, then most value lost, then by key so the order is stable. */
  private static <K> Comparator<LossShare<K>> largestFirst(Comparator<K> byKey) {
    return Comparator.<LossShare<K>>comparingLong(LossShare::customers).reversed()
        .thenComparing(LossShare::lostValue, Comparator.reverseOrder())
        .thenComparing(LossShare::key, byKey);
  }

  private static LossTally sum(List<? extends LossShare<?>> shares) {
    LossTally sum = LossTally.NONE;
    for (LossShare<?> share : shares) {
      sum = sum.plus(new LossTally(share.customers(), share.lostValue()));
    }
    return sum;
  }

  private static void requireTotal(LossTally total, LossTally sum, String what) {
    if (!total.sameAs(sum)) {
      throw new IllegalArgumentException("the " + what + " add up to " + sum + ", not the total " + total);
    }
  }
}

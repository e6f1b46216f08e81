package io.customerintel.domain.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The lowest lifetime revenue that reaches each tier. A paying customer's percentile rank is the
 * share of paying customers with strictly lower revenue, so equal revenues always share a tier
 * and exactly the top 5% of distinct ranks are TOP. A null threshold means nobody reaches it.
 */
public record ValueTierThresholds(BigDecimal top, BigDecimal high, BigDecimal medium, long payingCustomers) {

  public static final ValueTierThresholds EMPTY = new ValueTierThresholds(null, null, null, 0);

  public ValueTier tierOf(BigDecimal revenue) {
    if (revenue == null || revenue.signum() <= 0) {
      return ValueTier.NONE;
    }
    if (reaches(revenue, top)) {
      return ValueTier.TOP;
    }
    if (reaches(revenue, high)) {
      return ValueTier.HIGH;
    }
    if (reaches(revenue, medium)) {
      return ValueTier.MEDIUM;
    }
    return ValueTier.LOW;
  }

  /** The revenue range [min, max) of a tier: nulls are open ends; empty when nobody can be in it. */
  public Optional<RevenueRange> rangeOf(ValueTier tier) {
    switch (tier) {
      case NONE:
        return Optional.empty();
      case TOP:
        return top == null ? Optional.empty() : Optional.of(new RevenueRange(top, null));
      case HIGH:
        return high == null ? Optional.empty() : Optional.of(new RevenueRange(high, top));
      case MEDIUM:
        return medium == null ? Optional.empty() : Optional.of(new RevenueRange(medium, firstNonNull(high, top)));
      default:
        return Optional.of(new RevenueRange(null, firstNonNull(medium, high, top)));
    }
  }

  /** Reference implementation over all revenues; the store computes the same with one query. */
  public static ValueTierThresholds fromRevenues(Collection<BigDecimal> revenues) {
    List<BigDecimal> paying = new ArrayList<>();
    for (BigDecimal revenue : revenues) {
      if (revenue.signum() > 0) {
        paying.add(revenue);
      }
    }
    paying.sort(BigDecimal::compareTo);
    int n = paying.size();
    return new ValueTierThresholds(threshold(paying, ValueTier.TOP), threshold(paying, ValueTier.HIGH),
        threshold(paying, ValueTier.MEDIUM), n);
  }

  /** Smallest revenue whose count of strictly lower paying revenues is at least the tier's share. */
  private static BigDecimal threshold(List<BigDecimal> sortedPaying, ValueTier tier) {
    int n = sortedPaying.size();
    int lower = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && sortedPaying.get(i).compareTo(sortedPaying.get(i - 1)) != 0) {
        lower = i;
      }
      if ((long) lower * 100 >= (long) tier.minPercentile() * n) {
        return sortedPaying.get(i);
      }
    }
    return null;
  }

  private static boolean reaches(BigDecimal revenue, BigDecimal threshold) {
    return threshold != null && revenue.compareTo(threshold) >= 0;
  }

  private static BigDecimal firstNonNull(BigDecimal... values) {
    for (BigDecimal value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** Paying revenues from min (inclusive) to max (exclusive); a null end is open (min null: above zero). */
  public record RevenueRange(BigDecimal min, BigDecimal max) {}
}

package io.customerintel.domain.value;

import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** What a customer has been worth: lifetime revenue, purchases, average order and tier. */
public record CustomerValue(Money lifetimeRevenue, long purchaseCount, Money averageOrderValue, ValueTier tier) {
  public CustomerValue {
    Objects.requireNonNull(lifetimeRevenue, "lifetimeRevenue");
    Objects.requireNonNull(tier, "tier");
  }

  /** Average order value is rounded half-even to the currency's minor unit (at least cents). */
  public static CustomerValue of(CustomerFacts facts, ValueTierThresholds thresholds, Currency currency) {
    Money revenue = new Money(facts.revenue(), currency);
    Money average = null;
    if (facts.purchaseCount() > 0) {
      int scale = Math.max(2, currency.getDefaultFractionDigits());
      average = new Money(facts.revenue().divide(BigDecimal.valueOf(facts.purchaseCount()), scale,
          RoundingMode.HALF_EVEN), currency);
    }
    return new CustomerValue(revenue, facts.purchaseCount(), average, thresholds.tierOf(facts.revenue()));
  }
}

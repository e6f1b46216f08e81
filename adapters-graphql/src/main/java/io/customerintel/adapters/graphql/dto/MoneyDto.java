package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** Money as the API shows it: no storage padding zeros, but at least the currency's minor digits. */
public record MoneyDto(BigDecimal amount, String currency) {

  public static MoneyDto of(Money money) {
    return money == null ? null : of(money.amount(), money.currency());
  }

  public static MoneyDto of(BigDecimal amount, Currency currency) {
    if (amount == null) {
      return null;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    int scale = Math.max(Math.max(0, currency.getDefaultFractionDigits()), stripped.scale());
    return new MoneyDto(stripped.setScale(scale), currency.getCurrencyCode());
  }
}

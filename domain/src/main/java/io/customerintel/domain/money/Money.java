package io.customerintel.domain.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in one currency; the unit of every revenue figure we report. */
public record Money(BigDecimal amount, Currency currency) {
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, Currency.getInstance(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }
}

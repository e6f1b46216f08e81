package io.customerintel.domain.money;

import java.util.Currency;
import java.util.Locale;

/** Validates ISO 4217 codes given by tenants, so a typo never becomes a stored currency. */
public final class CurrencyCode {
  private CurrencyCode() {}

  /** The currency for an ISO 4217 code; throws IllegalArgumentException for anything else. */
  public static Currency parse(String code) {
    if (code == null || !code.matches("[A-Za-z]{3}")) {
      throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code, got '" + code + "'");
    }
    try {
      return Currency.getInstance(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown ISO 4217 currency code '" + code + "'");
    }
  }
}

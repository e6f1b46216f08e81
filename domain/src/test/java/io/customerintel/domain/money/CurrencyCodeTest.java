package io.customerintel.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class CurrencyCodeTest {
  @Test
  void isoCodesInAnyCaseAreAccepted() {
    assertEquals(Currency.getInstance("EUR"), CurrencyCode.parse("EUR"));
    assertEquals(Currency.getInstance("USD"), CurrencyCode.parse("usd"));
  }

  @Test
  void anythingElseIsRefused() {
    for (String bad : new String[] {null, "", "EU", "EURO", "E1R", " EUR", "QQQ"}) {
      assertThrows(IllegalArgumentException.class, () -> CurrencyCode.parse(bad), String.valueOf(bad));
    }
  }

  @Test
  void moneyNeedsAnAmountAndACurrency() {
    assertThrows(NullPointerException.class, () -> new Money(null, Currency.getInstance("EUR")));
    assertThrows(NullPointerException.class, () -> new Money(java.math.BigDecimal.ONE, null));
    assertEquals(0, Money.zero(Currency.getInstance("EUR")).amount().signum());
  }
}

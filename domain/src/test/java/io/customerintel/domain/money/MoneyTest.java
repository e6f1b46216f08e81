package io.customerintel.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void anEstimateIsRoundedHalfEvenToTheCurrencysMinorUnit() {
    assertEquals(new BigDecimal("12.34"), Money.estimate(new BigDecimal("12.345000"), Currency.getInstance("EUR"))
        .amount());
    assertEquals(new BigDecimal("12.36"), Money.estimate(new BigDecimal("12.355"), Currency.getInstance("EUR"))
        .amount());
    assertEquals(new BigDecimal("12"), Money.estimate(new BigDecimal("12.5"), Currency.getInstance("JPY")).amount());
    assertEquals(new BigDecimal("3.00"), Money.estimate(new BigDecimal("3"), Currency.getInstance("USD")).amount());
  }
}

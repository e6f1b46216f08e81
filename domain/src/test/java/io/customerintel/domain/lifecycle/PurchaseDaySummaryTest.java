package io.customerintel.domain.lifecycle;

import static io.customerintel.domain.lifecycle.HistoryBuilder.customer;
import static io.customerintel.domain.lifecycle.HistoryBuilder.customerIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurchaseDaySummaryTest {
  static final LifecyclePolicy POLICY = LifecyclePolicy.DEFAULT;
  static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @Test
  void twoPurchasesOnOneDayAreOnePurchaseDayButTwoPurchases() {
    Instant morning = Instant.parse("2024-03-01T08:00:00Z");
    Instant evening = Instant.parse("2024-03-01T20:00:00Z");
    CustomerFacts facts = customer().purchase(evening, "20.50").purchase(morning, "10.25").facts();
    assertEquals(2, facts.purchaseCount());
    assertEquals(1, facts.purchaseDays());
    assertEquals(0, new BigDecimal("30.75").compareTo(facts.revenue()));
    assertEquals(morning, facts.firstPurchaseAt());
    assertEquals(evening, facts.lastPurchaseAt());
    assertEquals(DAY, facts.firstPurchaseDay());
    assertEquals(DAY, facts.lastPurchaseDay());
  }

  @Test
  void revenueAndCountsAddUpOverPurchaseDays() {
    PurchaseDayTotal first = new PurchaseDayTotal(DAY, 3, new BigDecimal("30"),
        Instant.parse("2024-03-01T09:00:00Z"), Instant.parse("2024-03-01T17:00:00Z"));
    PurchaseDayTotal second = new PurchaseDayTotal(DAY.plusDays(10), 2, new BigDecimal("12.5"),
        Instant.parse("2024-03-11T10:00:00Z"), Instant.parse("2024-03-11T11:00:00Z"));
    CustomerFacts facts = POLICY.summarize(new CustomerHistory(List.of(second, first), Optional.empty()));
    assertEquals(5, facts.purchaseCount());
    assertEquals(2, facts.purchaseDays());
    assertEquals(0, new BigDecimal("42.5").compareTo(facts.revenue()));
    assertEquals(Instant.parse("2024-03-01T09:00:00Z"), facts.firstPurchaseAt());
    assertEquals(Instant.parse("2024-03-11T11:00:00Z"), facts.lastPurchaseAt());
    assertEquals(DAY, facts.firstPurchaseDay());
    assertEquals(DAY.plusDays(10), facts.lastPurchaseDay());
    assertNull(facts.lastReturnDay());
    assertNull(facts.latestDefectionAt());
  }

  @Test
  void aHistoryWithoutPurchasesSummarizesToNoFacts() {
    assertEquals(CustomerFacts.NONE, POLICY.summarize(new CustomerHistory(List.of(), Optional.empty())));
  }

  @Test
  void aDefectionIsKeptEvenWithoutPurchases() {
    Instant at = Instant.parse("2024-03-01T10:00:00Z");
    CustomerFacts facts = customer().defectedAt(at).facts();
    assertFalse(facts.hasPurchased());
    assertEquals(at, facts.latestDefectionAt());
    assertTrue(facts.isLost());
  }

  @Test
  void zeroAmountPurchasesCountAsPurchaseDays() {
    CustomerFacts facts = customer().purchase(Instant.parse("2024-03-01T10:00:00Z"), "0").facts();
    assertEquals(1, facts.purchaseDays());
    assertEquals(0, facts.revenue().signum());
  }

  @Test
  void purchaseDaysFollowTheTenantsTimeZone() {
    // 23:30 and 00:30 UTC are two UTC days but one day in New York (18:30 and 19:30 local).
    Instant late = Instant.parse("2024-03-01T23:30:00Z");
    Instant early = Instant.parse("2024-03-02T00:30:00Z");
    assertEquals(2, customer().purchase(late, "1").purchase(early, "1").facts().purchaseDays());
    CustomerFacts newYork = customerIn(ZoneId.of("America/New_York")).purchase(late, "1").purchase(early, "1").facts();
    assertEquals(1, newYork.purchaseDays());
    assertEquals(LocalDate.of(2024, 3, 1), newYork.firstPurchaseDay());
  }
}

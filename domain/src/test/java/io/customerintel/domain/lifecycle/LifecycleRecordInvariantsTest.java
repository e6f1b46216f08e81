package io.customerintel.domain.lifecycle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleRecordInvariantsTest {
  static final LocalDate D1 = LocalDate.of(2024, 1, 1);
  static final LocalDate D2 = LocalDate.of(2024, 2, 1);
  static final Instant T1 = Instant.parse("2024-01-01T10:00:00Z");
  static final Instant T2 = Instant.parse("2024-02-01T10:00:00Z");

  static CustomerFacts facts(long count, int days, Instant firstAt, Instant lastAt, LocalDate firstDay,
                             LocalDate lastDay, LocalDate returnDay) {
    return new CustomerFacts(count, days, BigDecimal.TEN, firstAt, lastAt, firstDay, lastDay, returnDay, null);
  }

  @Test
  void consistentFactsAreAccepted() {
    assertDoesNotThrow(() -> facts(3, 2, T1, T2, D1, D2, D2));
    assertDoesNotThrow(() -> facts(1, 1, T1, T1, D1, D1, null));
  }

  @Test
  void factsRejectNegativeCounts() {
    assertThrows(IllegalArgumentException.class, () -> facts(-1, 0, null, null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> facts(0, -1, null, null, null, null, null));
  }

  @Test
  void factsRejectMorePurchaseDaysThanPurchases() {
    assertThrows(IllegalArgumentException.class, () -> facts(1, 2, T1, T2, D1, D2, null));
  }

  @Test
  void factsRequireFirstAndLastPurchaseExactlyWhenThereArePurchases() {
    assertThrows(IllegalArgumentException.class, () -> facts(1, 1, null, T1, D1, D1, null));
    assertThrows(IllegalArgumentException.class, () -> facts(1, 1, T1, null, D1, D1, null));
    assertThrows(IllegalArgumentException.class, () -> facts(1, 1, T1, T1, null, D1, null));
    assertThrows(IllegalArgumentException.class, () -> facts(1, 1, T1, T1, D1, null, null));
    assertThrows(IllegalArgumentException.class, () -> facts(0, 0, T1, null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> facts(0, 0, null, null, D1, null, null));
    // purchases without purchase days are not a thing either
    assertThrows(IllegalArgumentException.class, () -> facts(2, 0, T1, T2, D1, D2, null));
  }

  @Test
  void factsRejectALastPurchaseBeforeTheFirst() {
    assertThrows(IllegalArgumentException.class, () -> facts(2, 2, T1, T2, D2, D1, null));
    assertThrows(IllegalArgumentException.class, () -> facts(2, 2, T2, T1, D1, D2, null));
  }

  @Test
  void factsRejectAReturnDayOutsideThePurchaseDays() {
    assertThrows(IllegalArgumentException.class, () -> facts(2, 2, T1, T2, D1, D2, D1.minusDays(1)));
    assertThrows(IllegalArgumentException.class, () -> facts(2, 2, T1, T2, D1, D2, D2.plusDays(1)));
    assertThrows(IllegalArgumentException.class, () -> facts(0, 0, null, null, null, null, D1));
  }

  @Test
  void factsRequireARevenue() {
    assertThrows(NullPointerException.class,
        () -> new CustomerFacts(0, 0, null, null, null, null, null, null, null));
  }

  @Test
  void lostMeansADefectionAfterTheLastPurchaseOrWithoutOne() {
    assertFalse(CustomerFacts.NONE.isLost());
    assertTrue(new CustomerFacts(0, 0, BigDecimal.ZERO, null, null, null, null, null, T1).isLost());
    assertTrue(new CustomerFacts(1, 1, BigDecimal.ONE, T1, T1, D1, D1, null, T1.plusNanos(1)).isLost());
    assertFalse(new CustomerFacts(1, 1, BigDecimal.ONE, T1, T1, D1, D1, null, T1).isLost());
    assertFalse(new CustomerFacts(1, 1, BigDecimal.ONE, T1, T1, D1, D1, null, T1.minusSeconds(1)).isLost());
  }

  @Test
  void aPurchaseDayHasAtLeastOnePurchaseAndOrderedInstants() {
    assertThrows(IllegalArgumentException.class, () -> new PurchaseDayTotal(D1, 0, BigDecimal.ONE, T1, T1));
    assertThrows(IllegalArgumentException.class, () -> new PurchaseDayTotal(D1, 1, BigDecimal.ONE, T2, T1));
    assertThrows(NullPointerException.class, () -> new PurchaseDayTotal(null, 1, BigDecimal.ONE, T1, T1));
    assertThrows(NullPointerException.class, () -> new PurchaseDayTotal(D1, 1, null, T1, T1));
  }

  @Test
  void aHistoryRejectsTheSameDayTwiceAndSortsItsDays() {
    PurchaseDayTotal a = new PurchaseDayTotal(D1, 1, BigDecimal.ONE, T1, T1);
    PurchaseDayTotal b = new PurchaseDayTotal(D2, 1, BigDecimal.ONE, T2, T2);
    assertThrows(IllegalArgumentException.class, () -> new CustomerHistory(List.of(a, a), Optional.empty()));
    CustomerHistory history = new CustomerHistory(new ArrayList<>(List.of(b, a)), null);
    assertEquals(List.of(a, b), history.days());
    assertEquals(Optional.empty(), history.latestDefectionAt());
  }

  @Test
  void aStagePeriodIsNeverEmptyAndContainsFromButNotUntil() {
    assertThrows(IllegalArgumentException.class, () -> new StagePeriod(LifecycleStage.NEW, D1, D1));
    assertThrows(IllegalArgumentException.class, () -> new StagePeriod(LifecycleStage.NEW, D2, D1));
    StagePeriod period = new StagePeriod(LifecycleStage.NEW, D1, D2);
    assertTrue(period.contains(D1));
    assertTrue(period.contains(D2.minusDays(1)));
    assertFalse(period.contains(D2));
    assertFalse(period.contains(D1.minusDays(1)));
    assertTrue(new StagePeriod(LifecycleStage.NEW, null, null).contains(LocalDate.MIN));
  }

  @Test
  void aTimelineCoversEveryDayWithContiguousPeriods() {
    assertThrows(IllegalArgumentException.class, () -> new LifecycleTimeline(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new LifecycleTimeline(List.of(new StagePeriod(LifecycleStage.NEW, D1, null))));
    assertThrows(IllegalArgumentException.class,
        () -> new LifecycleTimeline(List.of(new StagePeriod(LifecycleStage.NEW, null, D1))));
    assertThrows(IllegalArgumentException.class, () -> new LifecycleTimeline(List.of(
        new StagePeriod(LifecycleStage.NEW, null, D1), new StagePeriod(LifecycleStage.ACTIVE, D2, null))));
    assertDoesNotThrow(() -> new LifecycleTimeline(List.of(
        new StagePeriod(LifecycleStage.NEW, null, D1), new StagePeriod(LifecycleStage.ACTIVE, D1, null))));
  }

  @Test
  void aPolicyNeedsWindowsOfAtLeastOneDayAndTwoLoyalPurchaseDays() {
    assertThrows(IllegalArgumentException.class, () -> new LifecyclePolicy(0, 182, 90, 365, 3));
    assertThrows(IllegalArgumentException.class, () -> new LifecyclePolicy(90, 0, 90, 365, 3));
    assertThrows(IllegalArgumentException.class, () -> new LifecyclePolicy(90, 182, 0, 365, 3));
    assertThrows(IllegalArgumentException.class, () -> new LifecyclePolicy(90, 182, 90, 0, 3));
    assertThrows(IllegalArgumentException.class, () -> new LifecyclePolicy(90, 182, 90, 365, 1));
    assertDoesNotThrow(() -> new LifecyclePolicy(1, 1, 1, 1, 2));
  }

  @Test
  void theDefaultPolicyHasTheDocumentedWindows() {
    assertEquals(new LifecyclePolicy(90, 182, 90, 365, 3), LifecyclePolicy.DEFAULT);
  }

  @Test
  void tenureDaysAreZeroWithoutAPurchaseAndNeverNegative() {
    assertEquals(0, LifecyclePolicy.tenureDays(CustomerFacts.NONE, D2));
    CustomerFacts facts = new CustomerFacts(1, 1, BigDecimal.ONE, T2, T2, D2, D2, null, null);
    assertEquals(0, LifecyclePolicy.tenureDays(facts, D1));
    assertEquals(0, LifecyclePolicy.tenureDays(facts, D2));
    assertEquals(1, LifecyclePolicy.tenureDays(facts, D2.plusDays(1)));
  }
}

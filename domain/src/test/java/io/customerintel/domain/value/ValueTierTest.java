package io.customerintel.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.HistoryBuilder;
import io.customerintel.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueTierTest {

  static List<BigDecimal> revenues(long... values) {
    List<BigDecimal> list = new ArrayList<>();
    for (long value : values) {
      list.add(BigDecimal.valueOf(value));
    }
    return list;
  }

  static Map<ValueTier, Integer> tierCounts(List<BigDecimal> revenues) {
    ValueTierThresholds thresholds = ValueTierThresholds.fromRevenues(revenues);
    Map<ValueTier, Integer> counts = new EnumMap<>(ValueTier.class);
    for (ValueTier tier : ValueTier.values()) {
      counts.put(tier, 0);
    }
    revenues.forEach(revenue -> counts.merge(thresholds.tierOf(revenue), 1, Integer::sum));
    return counts;
  }

  /** The definition, straight: share of paying customers with strictly lower revenue. */
  static ValueTier byDefinition(List<BigDecimal> all, BigDecimal revenue) {
    if (revenue.signum() <= 0) {
      return ValueTier.NONE;
    }
    long paying = all.stream().filter(r -> r.signum() > 0).count();
    long lower = all.stream().filter(r -> r.signum() > 0 && r.compareTo(revenue) < 0).count();
    double percentile = 100.0 * lower / paying;
    for (ValueTier tier : List.of(ValueTier.TOP, ValueTier.HIGH, ValueTier.MEDIUM)) {
      if (percentile >= tier.minPercentile()) {
        return tier;
      }
    }
    return ValueTier.LOW;
  }

  @Test
  void aHundredDistinctRevenuesSplitFiveFifteenThirtyFifty() {
    List<BigDecimal> revenues = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      revenues.add(BigDecimal.valueOf(i * 7L));
    }
    Collections.shuffle(revenues, new Random(3));
    assertEquals(Map.of(ValueTier.TOP, 5, ValueTier.HIGH, 15, ValueTier.MEDIUM, 30, ValueTier.LOW, 50,
        ValueTier.NONE, 0), tierCounts(revenues));
    ValueTierThresholds thresholds = ValueTierThresholds.fromRevenues(revenues);
    assertEquals(0, BigDecimal.valueOf(96 * 7).compareTo(thresholds.top()));
    assertEquals(0, BigDecimal.valueOf(81 * 7).compareTo(thresholds.high()));
    assertEquals(0, BigDecimal.valueOf(51 * 7).compareTo(thresholds.medium()));
    assertEquals(100, thresholds.payingCustomers());
  }

  @Test
  void theCustomerJustAboveEachCutIsInTheHigherTier() {
    List<BigDecimal> revenues = revenues(java.util.stream.LongStream.rangeClosed(1, 100).toArray());
    ValueTierThresholds thresholds = ValueTierThresholds.fromRevenues(revenues);
    assertEquals(ValueTier.LOW, thresholds.tierOf(BigDecimal.valueOf(50)));
    assertEquals(ValueTier.MEDIUM, thresholds.tierOf(BigDecimal.valueOf(51)));
    assertEquals(ValueTier.MEDIUM, thresholds.tierOf(BigDecimal.valueOf(80)));
    assertEquals(ValueTier.HIGH, thresholds.tierOf(BigDecimal.valueOf(81)));
    assertEquals(ValueTier.HIGH, thresholds.tierOf(BigDecimal.valueOf(95)));
    assertEquals(ValueTier.TOP, thresholds.tierOf(BigDecimal.valueOf(96)));
  }

  @Test
  void customersWithEqualRevenueShareATier() {
    // 10 paying customers, 5 tied at the top: each of them has 5 of 10 strictly below (50%) -> MEDIUM.
    List<BigDecimal> revenues = revenues(1, 2, 3, 4, 5, 100, 100, 100, 100, 100);
    Map<ValueTier, Integer> counts = tierCounts(revenues);
    assertEquals(5, counts.get(ValueTier.MEDIUM));
    assertEquals(5, counts.get(ValueTier.LOW));
    assertEquals(0, counts.get(ValueTier.TOP));
    assertEquals(0, counts.get(ValueTier.HIGH));
  }

  @Test
  void equalRevenuesWithDifferentScalesAreTies() {
    ValueTierThresholds thresholds = ValueTierThresholds.fromRevenues(
        List.of(new BigDecimal("1"), new BigDecimal("10.0"), new BigDecimal("10.00")));
    assertEquals(thresholds.tierOf(new BigDecimal("10.0")), thresholds.tierOf(new BigDecimal("10.000")));
  }

  @Test
  void aSinglePayingCustomerIsLowBecauseNobodyIsBelowThem() {
    ValueTierThresholds thresholds = ValueTierThresholds.fromRevenues(revenues(0, 0, 500));
    assertEquals(ValueTier.LOW, thresholds.tierOf(BigDecimal.valueOf(500)));
    assertEquals(1, thresholds.payingCustomers());
    assertNull(thresholds.top());
    assertNull(thresholds.high());
    assertNull(thresholds.medium());
  }

  @Test
  void everyoneTiedIsLow() {
    assertEquals(Map.of(ValueTier.TOP, 0, ValueTier.HIGH, 0, ValueTier.MEDIUM, 0, ValueTier.LOW, 4, ValueTier.NONE, 0),
        tierCounts(revenues(7, 7, 7, 7)));
  }

  @Test
  void zeroRevenueIsTierNoneAndDoesNotCountAsPaying() {
    List<BigDecimal> revenues = revenues(0, 0, 0, 1, 2);
    ValueTierThresholds thresholds = ValueTierThresholds.fromRevenues(revenues);
    assertEquals(ValueTier.NONE, thresholds.tierOf(BigDecimal.ZERO));
    assertEquals(ValueTier.NONE, thresholds.tierOf(null));
    assertEquals(2, thresholds.payingCustomers());
    // 2 has 1 of 2 paying customers below: 50% -> MEDIUM; zero revenues do not push it higher.
    assertEquals(ValueTier.MEDIUM, thresholds.tierOf(BigDecimal.valueOf(2)));
    assertEquals(ValueTier.LOW, thresholds.tierOf(BigDecimal.ONE));
  }

  @Test
  void withoutPayingCustomersNobodyReachesAnyTierAboveLow() {
    assertEquals(ValueTierThresholds.EMPTY, ValueTierThresholds.fromRevenues(revenues(0, 0)));
    assertEquals(ValueTier.NONE, ValueTierThresholds.EMPTY.tierOf(BigDecimal.ZERO));
    assertEquals(Optional.empty(), ValueTierThresholds.EMPTY.rangeOf(ValueTier.TOP));
    assertEquals(Optional.of(new ValueTierThresholds.RevenueRange(null, null)),
        ValueTierThresholds.EMPTY.rangeOf(ValueTier.LOW));
  }

  @Test
  void tierNoneHasNoRevenueRange() {
    assertEquals(Optional.empty(), ValueTierThresholds.fromRevenues(revenues(1, 2, 3)).rangeOf(ValueTier.NONE));
  }

  @Test
  void theRangesOfAHundredDistinctRevenuesAreHalfOpenAtTheThresholds() {
    ValueTierThresholds thresholds = ValueTierThresholds.fromRevenues(
        revenues(java.util.stream.LongStream.rangeClosed(1, 100).toArray()));
    assertEquals(range(96, null), thresholds.rangeOf(ValueTier.TOP).orElseThrow());
    assertEquals(range(81, 96L), thresholds.rangeOf(ValueTier.HIGH).orElseThrow());
    assertEquals(range(51, 81L), thresholds.rangeOf(ValueTier.MEDIUM).orElseThrow());
    assertEquals(new ValueTierThresholds.RevenueRange(null, BigDecimal.valueOf(51)),
        thresholds.rangeOf(ValueTier.LOW).orElseThrow());
  }

  static ValueTierThresholds.RevenueRange range(long min, Long max) {
    return new ValueTierThresholds.RevenueRange(BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max));
  }

  /** Random revenue sets with many ties: tierOf follows the definition and rangeOf selects exactly tierOf's tier. */
  @Test
  void tiersFollowTheDefinitionAndRangesAgreeWithTiersOnRandomData() {
    Random random = new Random(2024);
    for (int n = 0; n < 2000; n++) {
      int size = random.nextInt(60);
      int distinct = 1 + random.nextInt(size + 1);
      List<BigDecimal> revenues = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        revenues.add(BigDecimal.valueOf(random.nextInt(distinct), random.nextInt(3)));
      }
      ValueTierThresholds thresholds = ValueTierThresholds.fromRevenues(revenues);
      List<BigDecimal> probes = new ArrayList<>(revenues);
      for (int i = 0; i < 20; i++) {
        probes.add(BigDecimal.valueOf(random.nextInt(distinct + 2), random.nextInt(3)));
      }
      for (BigDecimal revenue : revenues) {
        assertEquals(byDefinition(revenues, revenue), thresholds.tierOf(revenue), () -> revenues + " at " + revenue);
      }
      for (BigDecimal probe : probes) {
        ValueTier tier = thresholds.tierOf(probe);
        for (ValueTier candidate : ValueTier.values()) {
          boolean inRange = thresholds.rangeOf(candidate).map(r -> contains(r, probe)).orElse(false)
              || (candidate == ValueTier.NONE && probe.signum() <= 0);
          assertEquals(candidate == tier, inRange, () -> candidate + " range vs tier " + tier + " of " + probe
              + " in " + revenues);
        }
      }
    }
  }

  @Test
  void tierThresholdsAreOrdered() {
    Random random = new Random(8);
    for (int n = 0; n < 500; n++) {
      List<BigDecimal> revenues = new ArrayList<>();
      for (int i = random.nextInt(200); i > 0; i--) {
        revenues.add(BigDecimal.valueOf(random.nextInt(50)));
      }
      ValueTierThresholds t = ValueTierThresholds.fromRevenues(revenues);
      if (t.top() != null) {
        assertTrue(t.high() != null && t.high().compareTo(t.top()) <= 0);
      }
      if (t.high() != null) {
        assertTrue(t.medium() != null && t.medium().compareTo(t.high()) <= 0);
      }
    }
  }

  /** Ties only ever push customers down: TOP never holds more than 5%, TOP+HIGH 20%, MEDIUM and above 50%. */
  @Test
  void noTierEverHoldsMoreThanItsShare() {
    Random random = new Random(95);
    for (int n = 0; n < 2000; n++) {
      List<BigDecimal> revenues = new ArrayList<>();
      for (int i = 1 + random.nextInt(300); i > 0; i--) {
        revenues.add(BigDecimal.valueOf(1 + random.nextInt(1 + random.nextInt(400))));
      }
      Map<ValueTier, Integer> counts = tierCounts(revenues);
      int paying = revenues.size();
      int top = counts.get(ValueTier.TOP);
      int high = counts.get(ValueTier.HIGH);
      int medium = counts.get(ValueTier.MEDIUM);
      assertTrue(top * 100 <= 5 * paying, () -> counts + " of " + paying);
      assertTrue((top + high) * 100 <= 20 * paying, () -> counts + " of " + paying);
      assertTrue((top + high + medium) * 100 <= 50 * paying, () -> counts + " of " + paying);
    }
  }

  @Test
  void withDistinctRevenuesTopHoldsTheLargestWholeNumberOfCustomersNotAbove5Percent() {
    for (int n = 1; n <= 250; n++) {
      List<BigDecimal> revenues = revenues(java.util.stream.LongStream.rangeClosed(1, n).toArray());
      assertEquals(n * 5 / 100, tierCounts(revenues).get(ValueTier.TOP), "n = " + n);
      assertEquals(n * 20 / 100, tierCounts(revenues).get(ValueTier.TOP) + tierCounts(revenues).get(ValueTier.HIGH), "n = " + n);
    }
  }

  static boolean contains(ValueTierThresholds.RevenueRange range, BigDecimal revenue) {
    return revenue.signum() > 0
        && (range.min() == null || revenue.compareTo(range.min()) >= 0)
        && (range.max() == null || revenue.compareTo(range.max()) < 0);
  }

  @Test
  void customerValueReportsRevenueCountAverageAndTier() {
    CustomerFacts facts = HistoryBuilder.customer()
        .purchase(java.time.Instant.parse("2024-01-01T10:00:00Z"), "10")
        .purchase(java.time.Instant.parse("2024-01-02T10:00:00Z"), "10")
        .purchase(java.time.Instant.parse("2024-01-03T10:00:00Z"), "0.01").facts();
    Currency eur = Currency.getInstance("EUR");
    CustomerValue value = CustomerValue.of(facts, ValueTierThresholds.fromRevenues(revenues(1, 2, 3)), eur);
    assertEquals(new Money(new BigDecimal("20.01"), eur), value.lifetimeRevenue());
    assertEquals(3, value.purchaseCount());
    assertEquals(new Money(new BigDecimal("6.67"), eur), value.averageOrderValue());
    assertEquals(ValueTier.MEDIUM, value.tier(), "with 3 paying customers the best has 2 of 3 below (67%): nobody reaches HIGH");
  }

  @Test
  void averageOrderValueUsesTheCurrencysMinorUnitButAtLeastCents() {
    CustomerFacts facts = HistoryBuilder.customer()
        .purchase(java.time.Instant.parse("2024-01-01T10:00:00Z"), "10")
        .purchase(java.time.Instant.parse("2024-01-02T10:00:00Z"), "10.001")
        .purchase(java.time.Instant.parse("2024-01-03T10:00:00Z"), "0").facts();
    assertEquals(new BigDecimal("6.667"),
        CustomerValue.of(facts, ValueTierThresholds.EMPTY, Currency.getInstance("KWD")).averageOrderValue().amount());
    assertEquals(new BigDecimal("6.67"),
        CustomerValue.of(facts, ValueTierThresholds.EMPTY, Currency.getInstance("JPY")).averageOrderValue().amount());
  }

  @Test
  void aProspectHasZeroRevenueNoAverageAndTierNone() {
    CustomerValue value = CustomerValue.of(CustomerFacts.NONE, ValueTierThresholds.EMPTY, Currency.getInstance("USD"));
    assertEquals(0, value.lifetimeRevenue().amount().signum());
    assertNull(value.averageOrderValue());
    assertEquals(ValueTier.NONE, value.tier());
  }

  @Test
  void theTierPercentilesAreTheDocumentedOnes() {
    assertEquals(95, ValueTier.TOP.minPercentile());
    assertEquals(80, ValueTier.HIGH.minPercentile());
    assertEquals(50, ValueTier.MEDIUM.minPercentile());
    assertEquals(0, ValueTier.LOW.minPercentile());
  }
}

package io.customerintel.domain.lifecycle;

import static io.customerintel.domain.lifecycle.HistoryBuilder.customer;
import static io.customerintel.domain.lifecycle.HistoryBuilder.noon;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LifecycleTimelineTest {
  static final LocalDate FIRST = LocalDate.of(2023, 5, 1);
  static final LifecyclePolicy POLICY = LifecyclePolicy.DEFAULT;

  @Test
  void aOneTimeBuyerIsNewThenActiveThenInactive() {
    LifecycleTimeline timeline = POLICY.timeline(customer().boughtOn(FIRST).facts());
    assertEquals(List.of(
        new StagePeriod(LifecycleStage.NEW, null, FIRST.plusDays(91)),
        new StagePeriod(LifecycleStage.ACTIVE, FIRST.plusDays(91), FIRST.plusDays(183)),
        new StagePeriod(LifecycleStage.INACTIVE, FIRST.plusDays(183), null)), timeline.periods());
  }

  @Test
  void aProspectIsAProspectOnEveryDay() {
    assertEquals(List.of(new StagePeriod(LifecycleStage.PROSPECT, null, null)),
        POLICY.timeline(CustomerFacts.NONE).periods());
  }

  @Test
  void aLostCustomerIsLostOnEveryDay() {
    CustomerFacts facts = customer().boughtOn(FIRST).defectedOn(FIRST.plusDays(3)).facts();
    assertEquals(List.of(new StagePeriod(LifecycleStage.LOST, null, null)), POLICY.timeline(facts).periods());
  }

  @Test
  void aRegularCustomerBecomesLoyalAfterAYearAndInactiveHalfAYearAfterTheLastPurchase() {
    LocalDate last = FIRST.plusDays(300);
    LifecycleTimeline timeline = POLICY.timeline(customer().boughtOn(FIRST, FIRST.plusDays(150), last).facts());
    assertEquals(List.of(
        new StagePeriod(LifecycleStage.ACTIVE, null, FIRST.plusDays(365)),
        new StagePeriod(LifecycleStage.LOYAL, FIRST.plusDays(365), last.plusDays(183)),
        new StagePeriod(LifecycleStage.INACTIVE, last.plusDays(183), null)), timeline.periods());
  }

  @Test
  void consecutivePeriodsAlwaysDifferInStage() {
    CustomerFacts facts = customer().boughtOn(FIRST, FIRST.plusDays(200)).facts();
    List<StagePeriod> periods = POLICY.timeline(facts).periods();
    for (int i = 1; i < periods.size(); i++) {
      assertEquals(true, periods.get(i).stage() != periods.get(i - 1).stage(), periods.toString());
    }
  }

  /** The timeline is exact: on every day it gives what stageOn gives, for thousands of random histories. */
  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20240101L})
  void theTimelineAgreesWithStageOnForEveryDay(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 1500; n++) {
      LifecyclePolicy policy = n % 3 == 0 ? POLICY : randomPolicy(random);
      HistoryBuilder builder = randomHistory(random);
      CustomerFacts facts = builder.facts(policy);
      LifecycleTimeline timeline = policy.timeline(facts);
      LocalDate from = FIRST.minusDays(30);
      LocalDate until = FIRST.plusDays(2200);
      for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
        assertEquals(policy.stageOn(facts, day), timeline.stageOn(day),
            () -> "seed " + seed + ", policy " + policy + ", facts " + facts);
      }
    }
  }

  /**
   * stageOn over summarized facts agrees with the rules applied straight to the raw purchases, so
   * summarize keeps everything the rules need (purchase days, returns, the defection).
   */
  @ParameterizedTest
  @ValueSource(longs = {7L, 99L, 123456789L})
  void theStageFollowsTheRulesAppliedToTheRawPurchases(long seed) {
    Random random = new Random(seed);
    Set<LifecycleStage> seen = EnumSet.noneOf(LifecycleStage.class);
    for (int n = 0; n < 1500; n++) {
      LifecyclePolicy policy = n % 2 == 0 ? POLICY : randomPolicy(random);
      RawHistory raw = RawHistory.random(random);
      CustomerFacts facts = raw.builder().facts(policy);
      for (int k = 0; k < 60; k++) {
        LocalDate day = FIRST.plusDays(random.nextInt(2200));
        LifecycleStage expected = raw.stageOn(policy, day);
        seen.add(expected);
        assertEquals(expected, policy.stageOn(facts, day), () -> "seed " + seed + ", " + raw + " on " + day);
      }
    }
    assertEquals(EnumSet.complementOf(EnumSet.of(LifecycleStage.AT_RISK)), seen, "the random histories reach every stage");
  }

  static LifecyclePolicy randomPolicy(Random random) {
    return new LifecyclePolicy(1 + random.nextInt(120), 1 + random.nextInt(250), 1 + random.nextInt(120),
        1 + random.nextInt(500), 2 + random.nextInt(4));
  }

  static HistoryBuilder randomHistory(Random random) {
    return RawHistory.random(random).builder();
  }

  /** Purchases as single instants and at most one defection, with the rules written out directly. */
  record RawHistory(List<Instant> purchases, Instant defection) {
    static RawHistory random(Random random) {
      List<Instant> purchases = new ArrayList<>();
      int count = random.nextInt(8);
      int span = 1 + random.nextInt(1500);
      for (int i = 0; i < count; i++) {
        Instant at = noon(FIRST.plusDays(random.nextInt(span))).plusSeconds(random.nextInt(36_000) - 18_000);
        purchases.add(at);
        if (random.nextInt(4) == 0) {
          purchases.add(at.plusSeconds(random.nextInt(3600)));
        }
      }
      Instant defection = null;
      int kind = random.nextInt(4);
      if (kind == 1) {
        defection = noon(FIRST.plusDays(random.nextInt(span + 100))).plusSeconds(random.nextInt(3600));
      } else if (kind == 2 && !purchases.isEmpty()) {
        defection = purchases.get(random.nextInt(purchases.size())).plusSeconds(random.nextInt(3) - 1);
      }
      return new RawHistory(purchases, defection);
    }

    HistoryBuilder builder() {
      HistoryBuilder builder = customer();
      purchases.forEach(at -> builder.purchase(at, "9.99"));
      if (defection != null) {
        builder.defectedAt(defection);
      }
      return builder;
    }

    LifecycleStage stageOn(LifecyclePolicy policy, LocalDate today) {
      Instant last = purchases.stream().max(Instant::compareTo).orElse(null);
      if (defection != null && (last == null || defection.isAfter(last))) {
        return LifecycleStage.LOST;
      }
      if (purchases.isEmpty()) {
        return LifecycleStage.PROSPECT;
      }
      TreeMap<LocalDate, Boolean> days = new TreeMap<>();
      for (Instant at : purchases) {
        days.merge(LocalDate.ofInstant(at, ZoneId.of("UTC")), defection != null && at.isAfter(defection), Boolean::logicalOr);
      }
      LocalDate lastReturn = null;
      LocalDate previous = null;
      // "bought again": a first purchase after a defection is an acquisition, not a return
      boolean boughtBeforeDefection = defection != null && purchases.stream().anyMatch(at -> !at.isAfter(defection));
      boolean returnedAfterDefection = !boughtBeforeDefection;
      for (var entry : days.entrySet()) {
        LocalDate day = entry.getKey();
        if (previous != null && ChronoUnit.DAYS.between(previous, day) > policy.inactivityWindowDays()) {
          lastReturn = day;
        }
        if (entry.getValue() && !returnedAfterDefection) {
          returnedAfterDefection = true;
          if (lastReturn == null || day.isAfter(lastReturn)) {
            lastReturn = day;
          }
        }
        previous = day;
      }
      if (lastReturn != null && ChronoUnit.DAYS.between(lastReturn, today) <= policy.wonBackWindowDays()) {
        return LifecycleStage.WON_BACK;
      }
      if (ChronoUnit.DAYS.between(days.lastKey(), today) > policy.inactivityWindowDays()) {
        return LifecycleStage.INACTIVE;
      }
      long tenure = ChronoUnit.DAYS.between(days.firstKey(), today);
      if (tenure <= policy.newCustomerWindowDays() && days.size() == 1) {
        return LifecycleStage.NEW;
      }
      if (tenure >= policy.loyalTenureDays() && days.size() >= policy.loyalPurchaseDays()) {
        return LifecycleStage.LOYAL;
      }
      return LifecycleStage.ACTIVE;
    }
  }

  @Test
  void summariesOfTheSameHistoryInAnyOrderAreEqual() {
    Random random = new Random(5);
    for (int n = 0; n < 200; n++) {
      RawHistory raw = RawHistory.random(random);
      List<Instant> shuffled = new ArrayList<>(raw.purchases());
      java.util.Collections.shuffle(shuffled, random);
      CustomerFacts a = raw.builder().facts();
      CustomerFacts b = new RawHistory(shuffled, raw.defection()).builder().facts();
      assertEquals(a.purchaseCount(), b.purchaseCount());
      assertEquals(0, a.revenue().compareTo(b.revenue()));
      assertEquals(a.firstPurchaseAt(), b.firstPurchaseAt());
      assertEquals(a.lastPurchaseAt(), b.lastPurchaseAt());
      assertEquals(a.lastReturnDay(), b.lastReturnDay());
      assertEquals(0, a.revenue().compareTo(new BigDecimal("9.99").multiply(BigDecimal.valueOf(a.purchaseCount()))));
    }
  }
}

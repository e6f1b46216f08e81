package io.customerintel.domain.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.CustomerHistory;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A customer's ledger lines: when they came in and went out, and what it was worth. */
class CustomerFlowTest {
  static final LifecyclePolicy POLICY = LifecyclePolicy.DEFAULT;
  static final ZoneId UTC = ZoneOffset.UTC;
  static final LocalDate FIRST = LocalDate.of(2024, 2, 1);

  static PurchaseDayTotal day(LocalDate day, String revenue) {
    Instant at = day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    return new PurchaseDayTotal(day, 1, new BigDecimal(revenue), at, at);
  }

  static DefectionMark leftOn(LocalDate day, String value) {
    return new DefectionMark(day.atTime(18, 0).toInstant(ZoneOffset.UTC), value == null ? null : new BigDecimal(value));
  }

  static List<FlowEvent> events(List<PurchaseDayTotal> days, List<DefectionMark> defections) {
    return CustomerFlow.events(days, defections, UTC, POLICY);
  }

  @Test
  void aFirstPurchaseAcquiresWithThatDaysRevenueAndSilenceLapsesTheDayAfterTheWindow() {
    List<FlowEvent> events = events(List.of(day(FIRST, "40"), day(FIRST.plusDays(10), "60")), List.of());
    assertEquals(List.of(new FlowEvent(FIRST, FlowKind.ACQUIRED, new BigDecimal("40")),
        new FlowEvent(FIRST.plusDays(10 + 183), FlowKind.LAPSED, new BigDecimal("100"))), events);
  }

  @Test
  void aLongGapLapsesAndTheReturnWinsBack() {
    LocalDate back = FIRST.plusDays(183);
    List<FlowEvent> events = events(List.of(day(FIRST, "40"), day(back, "5")), List.of());
    assertEquals(List.of(FlowKind.ACQUIRED, FlowKind.LAPSED, FlowKind.WON_BACK, FlowKind.LAPSED),
        events.stream().map(FlowEvent::kind).toList());
    assertEquals(back, events.get(1).day(), "lapsed on the day they came back: a gap of 183 days is over the window");
    assertEquals(back, events.get(2).day());
  }

  @Test
  void aReturnOnTheLastDayOfTheWindowIsNoLapse() {
    List<FlowEvent> events = events(List.of(day(FIRST, "40"), day(FIRST.plusDays(182), "5")), List.of());
    assertEquals(List.of(FlowKind.ACQUIRED, FlowKind.LAPSED), events.stream().map(FlowEvent::kind).toList());
  }

  @Test
  void aRecordedDefectionIsLostWithItsValueOrTheLastYearsRevenue() {
    List<FlowEvent> recorded = events(List.of(day(FIRST, "40")), List.of(leftOn(FIRST.plusDays(5), "1200")));
    assertEquals(new FlowEvent(FIRST.plusDays(5), FlowKind.LOST, new BigDecimal("1200")), recorded.get(1));
    List<FlowEvent> unrecorded = events(List.of(day(FIRST.minusDays(400), "7"), day(FIRST, "40")),
        List.of(leftOn(FIRST.plusDays(5), null)));
    assertEquals(new FlowEvent(FIRST.plusDays(5), FlowKind.LOST, new BigDecimal("40")), unrecorded.get(3));
  }

  @Test
  void leavingAfterLapsingIsNotASecondWayOut() {
    List<FlowEvent> events = events(List.of(day(FIRST, "40")), List.of(leftOn(FIRST.plusDays(300), "10")));
    assertEquals(List.of(FlowKind.ACQUIRED, FlowKind.LAPSED), events.stream().map(FlowEvent::kind).toList());
  }

  @Test
  void anEarlierLossAndReturnStayOnTheLedger() {
    LocalDate left = FIRST.plusDays(20);
    LocalDate back = FIRST.plusDays(40);
    List<FlowEvent> events = events(List.of(day(FIRST, "40"), day(back, "10")),
        List.of(leftOn(left, null), leftOn(back.plusDays(5), null)));
    assertEquals(List.of(FlowKind.ACQUIRED, FlowKind.LOST, FlowKind.WON_BACK, FlowKind.LOST),
        events.stream().map(FlowEvent::kind).toList());
  }

  @Test
  void aDefectionBeforeAnyPurchaseLeavesTheFirstPurchaseAnAcquisition() {
    List<FlowEvent> events = events(List.of(day(FIRST, "40")), List.of(leftOn(FIRST.minusDays(3), null)));
    assertEquals(FlowKind.ACQUIRED, events.get(0).kind());
  }

  /**
   * On generated histories: the lines alternate in and out, and after the last piece of history a customer is in
   * on a day exactly when the lifecycle rules give a buying stage (NEW, ACTIVE, LOYAL, WON_BACK) that day.
   */
  @Test
  void theLedgerAgreesWithTheLifecycleStageOnGeneratedHistories() {
    Random random = new Random(11);
    for (int n = 0; n < 600; n++) {
      List<PurchaseDayTotal> days = new ArrayList<>();
      LocalDate at = FIRST.plusDays(random.nextInt(30));
      int purchases = random.nextInt(6);
      for (int i = 0; i < purchases; i++) {
        days.add(day(at, String.valueOf(1 + random.nextInt(100))));
        at = at.plusDays(1 + (random.nextBoolean() ? random.nextInt(60) : random.nextInt(400)));
      }
      List<DefectionMark> defections = new ArrayList<>();
      int losses = random.nextInt(3);
      for (int i = 0; i < losses; i++) {
        defections.add(new DefectionMark(FIRST.atStartOfDay(UTC).toInstant().plusSeconds(random.nextInt(900 * 86_400)),
            random.nextBoolean() ? null : new BigDecimal(random.nextInt(1000))));
      }
      List<FlowEvent> events = events(days, defections);

      int members = 0;
      for (FlowEvent event : events) {
        members += event.kind().delta();
        assertTrue(members == 0 || members == 1, "in and out alternate: " + events);
      }
      assertTrue(events.stream().filter(e -> e.kind() == FlowKind.ACQUIRED).count() <= 1);

      Instant latest = defections.stream().map(DefectionMark::at).max(Comparator.naturalOrder()).orElse(null);
      CustomerFacts facts = POLICY.summarize(new CustomerHistory(days, Optional.ofNullable(latest)));
      LocalDate lastHistory = days.isEmpty() ? FIRST : days.get(days.size() - 1).day();
      if (latest != null && LocalDate.ofInstant(latest, UTC).isAfter(lastHistory)) {
        lastHistory = LocalDate.ofInstant(latest, UTC);
      }
      for (LocalDate today = lastHistory; today.isBefore(lastHistory.plusDays(400)); today = today.plusDays(1)) {
        LocalDate day = today;
        int in = events.stream().filter(e -> !e.day().isAfter(day)).mapToInt(e -> e.kind().delta()).sum();
        boolean buying = HealthBand.BUYING_STAGES.contains(POLICY.stageOn(facts, today));
        assertEquals(buying, in == 1, "day " + today + ", history " + days + " " + defections + " -> " + events);
      }
    }
  }
}

package io.customerintel.domain.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.domain.flow.FlowEvent;
import io.customerintel.domain.flow.FlowKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The customers-in-vs-out ledger balances for any history: checked on many generated event sets. */
class FlowLedgerPropertyTest {
  static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  /** Each customer alternates in and out, as a real history does: acquired, then lost or lapsed, then won back... */
  static List<FlowEvent> history(Random random, int customers) {
    List<FlowEvent> events = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      LocalDate day = EPOCH.plusDays(random.nextInt(1_500));
      boolean in = false;
      int moves = random.nextInt(5);
      for (int m = 0; m < moves; m++) {
        FlowKind kind = in ? (random.nextBoolean() ? FlowKind.LOST : FlowKind.LAPSED)
            : (m == 0 ? FlowKind.ACQUIRED : FlowKind.WON_BACK);
        events.add(new FlowEvent(day, kind, BigDecimal.valueOf(random.nextInt(10_000), 2)));
        in = !in;
        day = day.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(400));
      }
    }
    return events;
  }

  static long balanceBefore(List<FlowEvent> events, LocalDate day, LocalDate today) {
    return events.stream().filter(e -> e.day().isBefore(day) && !e.day().isAfter(today))
        .mapToLong(e -> e.kind().delta()).sum();
  }

  static long count(List<FlowEvent> events, Period period, FlowKind kind, LocalDate today) {
    return events.stream().filter(e -> e.kind() == kind && period.contains(e.day()) && !e.day().isAfter(today)).count();
  }

  static BigDecimal value(List<FlowEvent> events, Period period, int direction, LocalDate today) {
    return events.stream().filter(e -> e.kind().delta() == direction && period.contains(e.day())
        && !e.day().isAfter(today)).map(FlowEvent::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void everyPeriodBalancesAndStartsWhereThePreviousEnded(int seed) {
    Random random = new Random(seed);
    List<FlowEvent> events = history(random, 1 + random.nextInt(200));
    LocalDate from = EPOCH.plusDays(random.nextInt(1_200));
    LocalDate to = from.plusDays(random.nextInt(900));
    LocalDate today = EPOCH.plusDays(random.nextInt(2_000));
    Interval interval = Interval.values()[random.nextInt(Interval.values().length)];
    List<Period> periods = interval.split(from, to);

    List<FlowPeriod> ledger = FlowTally.of(events, periods, today).rollForward();

    assertEquals(periods.size(), ledger.size());
    for (int i = 0; i < ledger.size(); i++) {
      FlowPeriod p = ledger.get(i);
      FlowTotals flow = p.flow();
      String where = "seed " + seed + ", " + p.period();
      assertEquals(p.startingCustomers() + flow.acquired() + flow.wonBack() - flow.lost() - flow.lapsed(),
          p.endingCustomers(), where);
      if (i > 0) {
        assertEquals(ledger.get(i - 1).endingCustomers(), p.startingCustomers(), where);
      }
      assertEquals(balanceBefore(events, p.period().start(), today), p.startingCustomers(), where);
      assertEquals(balanceBefore(events, p.period().end().plusDays(1), today), p.endingCustomers(), where);
      assertEquals(count(events, p.period(), FlowKind.ACQUIRED, today), flow.acquired(), where);
      assertEquals(count(events, p.period(), FlowKind.WON_BACK, today), flow.wonBack(), where);
      assertEquals(count(events, p.period(), FlowKind.LOST, today), flow.lost(), where);
      assertEquals(count(events, p.period(), FlowKind.LAPSED, today), flow.lapsed(), where);
      assertEquals(0, value(events, p.period(), 1, today).compareTo(flow.revenueGained()), where);
      assertEquals(0, value(events, p.period(), -1, today).compareTo(p.lostValue()), where);
      assertTrue(p.startingCustomers() >= 0 && p.endingCustomers() >= 0, where);
      double expectedChurn = p.startingCustomers() == 0 ? 0
          : (double) (flow.lost() + flow.lapsed()) / p.startingCustomers();
      assertEquals(expectedChurn, p.churnRate(), where);
    }
  }

  @Test
  void eventsAfterTodayHaveNotHappenedYet() {
    LocalDate today = LocalDate.of(2026, 6, 15);
    List<FlowEvent> events = List.of(new FlowEvent(today, FlowKind.ACQUIRED, BigDecimal.TEN),
        new FlowEvent(today.plusDays(1), FlowKind.LAPSED, BigDecimal.ONE));
    List<FlowPeriod> ledger = FlowTally.of(events, Interval.MONTH.split(today, today.plusDays(10)), today).rollForward();
    assertEquals(1, ledger.get(0).flow().acquired());
    assertEquals(0, ledger.get(0).flow().lapsed());
    assertEquals(1, ledger.get(0).endingCustomers());
  }

  @Test
  void churnIsZeroForAPeriodThatStartedWithoutCustomers() {
    Period june = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    FlowTotals flow = new FlowTotals(2, 0, 1, 0, BigDecimal.TEN, BigDecimal.ONE);
    assertEquals(0.0, new FlowPeriod(june, 0, flow, 1).churnRate());
    assertEquals(0.25, new FlowPeriod(june, 4, flow, 5).churnRate());
  }

  @Test
  void aPeriodThatDoesNotBalanceOrCountsBelowZeroIsRefused() {
    Period june = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    FlowTotals flow = new FlowTotals(2, 1, 1, 1, BigDecimal.TEN, BigDecimal.ONE);
    assertThrows(IllegalArgumentException.class, () -> new FlowPeriod(june, 5, flow, 7));
    assertThrows(IllegalArgumentException.class, () -> new FlowPeriod(june, -1, FlowTotals.NONE, -1));
    assertThrows(IllegalArgumentException.class, () -> new FlowTotals(-1, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
  }

  @Test
  void periodsWithAGapCannotBeRolledForward() {
    Period may = new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
    Period july = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
    assertThrows(IllegalArgumentException.class,
        () -> new FlowTally(List.of(may, july), 0, List.of(FlowTotals.NONE, FlowTotals.NONE)));
  }
}

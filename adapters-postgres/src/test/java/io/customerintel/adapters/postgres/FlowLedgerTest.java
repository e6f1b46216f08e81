package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.domain.analytics.FlowPeriod;
import io.customerintel.domain.analytics.FlowTally;
import io.customerintel.domain.analytics.FlowTotals;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.flow.FlowEvent;
import io.customerintel.domain.flow.FlowKind;
import io.customerintel.domain.tenant.Tenant;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract: the ledger's sums per period, read with one statement, are what the domain's reference computes from the
 * rows. The rows are inserted directly (customers without purchases, so no writer adds ledger rows of its own).
 */
@ExtendWith(ScratchDatabase.class)
class FlowLedgerTest {
  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private final PostgresAdapters adapters = PgFixture.adapters();

  @Test
  void theSumsPerPeriodAndTheOpeningBalanceMatchTheRows() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Tenant other = PgFixture.newTenant(adapters);
    Random random = new Random(11);
    List<FlowEvent> events = insertHistories(tenant, random, 150);
    insertHistories(other, random, 30);

    for (Interval interval : Interval.values()) {
      for (int round = 0; round < 4; round++) {
        LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900));
        LocalDate to = from.plusDays(random.nextInt(round == 0 ? 10 : 700));
        List<Period> periods = interval.split(from, to);
        FlowTally stored = await(adapters.flowLedger().tally(tenant.id(), periods, TODAY));
        FlowTally reference = FlowTally.of(events, periods, TODAY);
        String what = interval + " " + from + ".." + to;
        assertEquals(reference.opening(), stored.opening(), what);
        assertEquals(normalized(reference.totals()), normalized(stored.totals()), what);
      }
    }
  }

  @Test
  void daysAfterTodayAreIgnoredAndPeriodsWithoutEventsBalance() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 2);
    insert(tenant, ids.get(0), new FlowEvent(LocalDate.of(2026, 1, 5), FlowKind.ACQUIRED, new BigDecimal("40")));
    insert(tenant, ids.get(1), new FlowEvent(LocalDate.of(2026, 5, 1), FlowKind.ACQUIRED, new BigDecimal("10")));
    insert(tenant, ids.get(0), new FlowEvent(LocalDate.of(2026, 6, 14), FlowKind.LOST, new BigDecimal("480")));
    insert(tenant, ids.get(1), new FlowEvent(TODAY.plusDays(1), FlowKind.LAPSED, new BigDecimal("10")));

    List<FlowPeriod> months = await(adapters.flowLedger().tally(tenant.id(),
        Interval.MONTH.split(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 31)), TODAY)).rollForward();

    assertEquals(List.of(1L, 1L, 2L, 1L, 1L), months.stream().map(FlowPeriod::endingCustomers).toList());
    assertEquals(0, months.get(4).flow().lapsed(), "the lapse of tomorrow has not happened");
    assertEquals(0.5, months.get(3).churnRate());
    assertEquals(0, new BigDecimal("480").compareTo(months.get(3).lostValue()));
    assertEquals(0, new BigDecimal("10").compareTo(months.get(2).flow().revenueGained()));
  }

  /** Per customer, alternating in and out as a real history does; returns every inserted event. */
  private List<FlowEvent> insertHistories(Tenant tenant, Random random, int customers) {
    List<FlowEvent> events = new ArrayList<>();
    for (CustomerId id : PgFixture.customers(adapters, tenant.id(), customers)) {
      LocalDate day = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1_500));
      boolean in = false;
      for (int m = random.nextInt(5); m > 0; m--) {
        FlowKind kind = in ? (random.nextBoolean() ? FlowKind.LOST : FlowKind.LAPSED)
            : (events.isEmpty() || random.nextBoolean() ? FlowKind.ACQUIRED : FlowKind.WON_BACK);
        FlowEvent event = new FlowEvent(day, kind, BigDecimal.valueOf(random.nextInt(100_000), 2));
        insert(tenant, id, event);
        events.add(event);
        in = !in;
        day = day.plusDays(1 + random.nextInt(300));
      }
    }
    return events;
  }

  private static void insert(Tenant tenant, CustomerId customer, FlowEvent event) {
    await(ScratchDatabase.pool().preparedQuery("insert into customer_flow_event (tenant_id, customer_id, day, kind, value)"
            + " values ($1, $2, $3, $4, $5)")
        .execute(Tuple.of(tenant.id().value(), customer.value(), event.day(), event.kind().name(), event.value()))
        .toCompletionStage());
  }

  /** Totals with amounts at one scale, so 1.5 and 1.500000 compare equal. */
  private static List<FlowTotals> normalized(List<FlowTotals> totals) {
    return totals.stream().map(t -> new FlowTotals(t.acquired(), t.wonBack(), t.lost(), t.lapsed(),
        t.revenueGained().setScale(6), t.lostValue().setScale(6))).toList();
  }
}

package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.DateRange;
import io.customerintel.application.port.in.ViewCustomerFlowUseCase;
import io.customerintel.application.port.in.ViewDefectionSummaryUseCase;
import io.customerintel.domain.analytics.DefectionSummary;
import io.customerintel.domain.analytics.FlowPeriod;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.analytics.LossShare;
import io.customerintel.domain.analytics.SegmentCell;
import io.customerintel.domain.analytics.SegmentMatrix;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.flow.FlowEvent;
import io.customerintel.domain.flow.FlowKind;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the three reports answer, and which requests they refuse. */
class AnalyticsServiceTest {
  static final LocalDate TODAY = LocalDate.ofInstant(NOW, tenant().zone());

  final AnalyticsWorld world = new AnalyticsWorld();

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  static SegmentCell cell(SegmentMatrix matrix, ValueTier tier, TenureBand band) {
    return matrix.cells().stream().filter(c -> c.valueTier() == tier && c.tenureBand() == band).findFirst()
        .orElseThrow();
  }

  @Test
  void everyCustomerIsCountedInTheCellOfTheirTierAndTenureAndTheOthersAreZero() {
    world.customer(tenant(), "prospect");
    world.customer(tenant(), "small");
    world.customer(tenant(), "big");
    world.purchase(tenant(), "small", NOW.minus(Duration.ofDays(10)), "10");
    world.purchase(tenant(), "big", NOW.minus(Duration.ofDays(400)), "500");
    world.defection(tenant(), "big", NOW.minus(Duration.ofDays(1)), "TOO_EXPENSIVE", null);
    world.fakes.census.atRisk.add(customerId("small"));

    SegmentMatrix matrix = await(world.analytics.segmentMatrix(tenant()));

    assertEquals(NOW, matrix.asOf());
    assertEquals(new SegmentCell(ValueTier.NONE, TenureBand.NONE, 1, BigDecimal.ZERO, 0, 0),
        cell(matrix, ValueTier.NONE, TenureBand.NONE));
    // two paying customers: the smaller has rank 0 (LOW), the larger 50 % (MEDIUM)
    assertEquals(new SegmentCell(ValueTier.LOW, TenureBand.FIRST_90_DAYS, 1, new BigDecimal("10"), 1, 0),
        cell(matrix, ValueTier.LOW, TenureBand.FIRST_90_DAYS));
    assertEquals(new SegmentCell(ValueTier.MEDIUM, TenureBand.ONE_TO_3_YEARS, 1, new BigDecimal("500"), 0, 1),
        cell(matrix, ValueTier.MEDIUM, TenureBand.ONE_TO_3_YEARS));
    assertEquals(25, matrix.cells().size());
    assertEquals(3, matrix.cells().stream().mapToLong(SegmentCell::customers).sum());
  }

  @Test
  void customerFlowRollsTheLedgerForwardFromTheBalanceBeforeTheRange() {
    world.fakes.flow.add(TENANT_ID, new FlowEvent(day("2025-01-10"), FlowKind.ACQUIRED, new BigDecimal("10")));
    world.fakes.flow.add(TENANT_ID, new FlowEvent(day("2025-01-20"), FlowKind.ACQUIRED, new BigDecimal("20")));
    world.fakes.flow.add(TENANT_ID, new FlowEvent(day("2025-02-03"), FlowKind.LOST, new BigDecimal("100")));
    world.fakes.flow.add(TENANT_ID, new FlowEvent(day("2025-03-01"), FlowKind.WON_BACK, new BigDecimal("5")));
    world.fakes.flow.add(TENANT_ID, new FlowEvent(day("2025-03-14"), FlowKind.LAPSED, new BigDecimal("7")));
    world.fakes.flow.add(TENANT_ID, new FlowEvent(day("2025-03-20"), FlowKind.LAPSED, new BigDecimal("9")));

    List<FlowPeriod> months = await(world.analytics.customerFlow(new ViewCustomerFlowUseCase.Query(tenant(),
        new DateRange(day("2025-01-15"), day("2025-03-31")), Interval.MONTH)));

    assertEquals(List.of(1L, 2L, 1L), months.stream().map(FlowPeriod::startingCustomers).toList());
    assertEquals(List.of(2L, 1L, 1L), months.stream().map(FlowPeriod::endingCustomers).toList());
    FlowPeriod march = months.get(2);
    assertEquals(1, march.flow().wonBack());
    assertEquals(1, march.flow().lapsed(), "the lapse of 20 March has not happened on 15 March");
    assertEquals(0, new BigDecimal("7").compareTo(march.lostValue()));
    assertEquals(0, new BigDecimal("5").compareTo(march.flow().revenueGained()));
    assertEquals(0.5, months.get(1).churnRate());
  }

  @Test
  void defectionsAreValuedAtTheRecordedYearlyValueOrElseTheLastYearsRevenue() {
    world.customer(tenant(), "recorded");
    world.customer(tenant(), "unrecorded");
    world.purchase(tenant(), "recorded", NOW.minus(Duration.ofDays(30)), "50");
    world.purchase(tenant(), "unrecorded", NOW.minus(Duration.ofDays(400)), "1000");
    world.purchase(tenant(), "unrecorded", NOW.minus(Duration.ofDays(100)), "30");
    world.purchase(tenant(), "unrecorded", NOW.minus(Duration.ofDays(20)), "12");
    world.defection(tenant(), "recorded", NOW.minus(Duration.ofDays(5)), "TOO_EXPENSIVE", "240");
    world.defection(tenant(), "unrecorded", NOW.minus(Duration.ofDays(3)), "MOVED_OR_CLOSED", null);

    DefectionSummary summary = await(world.analytics.defectionSummary(new ViewDefectionSummaryUseCase.Query(tenant(),
        new DateRange(TODAY.minusDays(30), TODAY))));

    assertEquals(2, summary.total().customers());
    assertEquals(0, new BigDecimal("282").compareTo(summary.total().lostValue()), "240 + (30 + 12)");
    assertEquals(0.5, summary.avoidableShare());
    assertEquals(Map.of("TOO_EXPENSIVE", 1L, "MOVED_OR_CLOSED", 1L), Map.of(
        summary.byReason().get(0).key().code(), summary.byReason().get(0).customers(),
        summary.byReason().get(1).key().code(), summary.byReason().get(1).customers()));
    // tiers when they left: 50 of {50, 1042} is LOW, 1042 is MEDIUM
    assertEquals(List.of(0L, 0L, 1L, 1L, 0L), summary.byValueTier().stream().map(LossShare::customers).toList());
    assertEquals(List.of(0L, 1L, 0L, 1L, 0L), summary.byTenureBand().stream().map(LossShare::customers).toList());
  }

  @Test
  void aRangeEndingBeforeItStartsIsRefusedWithItsCode() {
    UseCaseException refused = assertThrows(UseCaseException.class,
        () -> new DateRange(day("2026-02-01"), day("2026-01-31")));
    assertEquals(ErrorCodes.INVALID_DATE_RANGE, refused.code());
    assertEquals(Map.of("from", "2026-02-01", "to", "2026-01-31"), refused.details());
  }

  @Test
  void tooManyPeriodsAreRefusedBeforeAnyWork() {
    DateRange decades = new DateRange(day("2000-01-01"), day("2026-06-15"));
    UseCaseException refused = assertThrows(UseCaseException.class,
        () -> new ViewCustomerFlowUseCase.Query(tenant(), decades, Interval.WEEK));
    assertEquals(ErrorCodes.RANGE_TOO_LARGE, refused.code());
    assertEquals(DateRange.MAX_PERIODS, refused.details().get("maxPeriods"));
    assertEquals((long) Interval.WEEK.split(decades.from(), decades.to()).size(), refused.details().get("periods"));
    assertEquals(List.of(), world.fakes.flow.asked);
    assertEquals(318, new ViewCustomerFlowUseCase.Query(tenant(), decades, Interval.MONTH).periods().size());
  }

  @Test
  void aTrendOfTooManyPeriodsIsRefusedButTheSummaryIsNot() {
    DefectionSummary summary = await(world.analytics.defectionSummary(new ViewDefectionSummaryUseCase.Query(tenant(),
        new DateRange(day("2000-01-01"), day("2026-06-15")))));
    assertEquals(ErrorCodes.RANGE_TOO_LARGE, assertThrows(UseCaseException.class,
        () -> world.analytics.trend(summary, Interval.WEEK)).code());
    assertEquals(27, world.analytics.trend(summary, Interval.YEAR).size());
  }

  @Test
  void datesBeyondTheYear9999AreRefused() {
    assertEquals(ErrorCodes.INVALID_DATE_RANGE, assertThrows(UseCaseException.class,
        () -> new DateRange(day("2026-01-01"), LocalDate.of(10_000, 1, 1))).code());
  }

  private CustomerId customerId(String externalId) {
    return world.fakes.store.customer(TENANT_ID, externalId).orElseThrow().id();
  }
}

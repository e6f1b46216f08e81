package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.otherTenant;
import static io.customerintel.application.fakes.Fakes.tenant;
import static io.customerintel.application.fakes.Fakes.tenantIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.fakes.FakeCatchUp;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.DateRange;
import io.customerintel.application.port.in.DefineDefectionReasonUseCase;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.application.port.in.ViewCustomerFlowUseCase;
import io.customerintel.application.port.in.ViewDefectionSummaryUseCase;
import io.customerintel.domain.analytics.DefectionSummary;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.analytics.SegmentCell;
import io.customerintel.domain.analytics.SegmentMatrix;
import io.customerintel.domain.defection.DefectionCategory;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports are served from the cache until a write to the tenant or the passing of time changes them. */
class AnalyticsCacheTest {
  static final LocalDate TODAY = LocalDate.ofInstant(NOW, tenant().zone());

  final AnalyticsWorld world = new AnalyticsWorld();

  @BeforeEach
  void aCustomerWhoBought() {
    world.customer(tenant(), "ann");
    world.purchase(tenant(), "ann", NOW.minus(Duration.ofDays(10)), "25");
  }

  @Test
  void answersServedCountAsHitsAndAnswersComputedAsMisses() {
    AnalyticsCache cache = new AnalyticsCache(io.customerintel.application.fakes.Fakes.CLOCK);
    java.util.function.Supplier<CompletionStage<AnalyticsCache.Timed<String>>> compute =
        () -> CompletableFuture.completedFuture(new AnalyticsCache.Timed<>("answer", NOW.plus(Duration.ofDays(1))));
    await(cache.get(TENANT_ID, "query", compute));
    await(cache.get(TENANT_ID, "query", compute));
    cache.changed(TENANT_ID);
    await(cache.get(TENANT_ID, "query", compute));
    assertEquals(new CacheStatistics(1, 2, 0, 1), cache.statistics());
  }

  SegmentMatrix matrix() {
    return await(world.analytics.segmentMatrix(tenant()));
  }

  int computations() {
    return world.fakes.census.calls;
  }

  static long customers(SegmentMatrix matrix, ValueTier tier, TenureBand band) {
    return matrix.cells().stream().filter(c -> c.valueTier() == tier && c.tenureBand() == band)
        .mapToLong(SegmentCell::customers).sum();
  }

  @Test
  void aSecondReadIsServedWithoutAskingTheStoreOrCatchingUpAgain() {
    SegmentMatrix first = matrix();
    SegmentMatrix second = matrix();

    assertEquals(first, second);
    assertEquals(1, computations());
    assertEquals(1, world.fakes.recordingCatchUp.calls.size());
  }

  @Test
  void theTenantsTimeDrivenDataCatchesUpWithNowBeforeTheReportIsComputed() {
    matrix();
    FakeCatchUp.Call call = world.fakes.recordingCatchUp.calls.get(0);
    assertEquals(new FakeCatchUp.Call(TENANT_ID, tenant().rules(), NOW), call);
  }

  @Test
  void upsertingCustomersChangesTheNextAnswer() {
    matrix();
    world.customer(tenant(), "bob");
    assertEquals(1, customers(matrix(), ValueTier.NONE, TenureBand.NONE));
    assertEquals(2, computations());
  }

  @Test
  void recordingPurchasesChangesTheNextAnswer() {
    world.customer(tenant(), "bob");
    assertEquals(1, customers(matrix(), ValueTier.NONE, TenureBand.NONE));
    world.purchase(tenant(), "bob", NOW.minus(Duration.ofDays(1)), "5");
    assertEquals(0, customers(matrix(), ValueTier.NONE, TenureBand.NONE));
    assertEquals(2, computations());
  }

  @Test
  void recordingSurveyResponsesChangesTheNextAnswer() {
    matrix();
    await(world.surveys.recordSurveyResponses(new RecordSurveyResponsesUseCase.Command(tenant(), List.of(
        new RecordSurveyResponsesUseCase.Item("ann", "s1", NOW.minusSeconds(60), null, null, null, null, null,
            null)))));
    matrix();
    assertEquals(2, computations(), "answers change health, and health makes customers AT_RISK");
  }

  @Test
  void recordingADefectionChangesTheNextAnswer() {
    assertEquals(0, matrix().cells().stream().mapToLong(SegmentCell::lost).sum());
    world.defection(tenant(), "ann", NOW.minusSeconds(60), "POOR_SERVICE", null);
    assertEquals(1, matrix().cells().stream().mapToLong(SegmentCell::lost).sum());
  }

  @Test
  void redefiningADefectionReasonChangesTheNextSummary() {
    world.defection(tenant(), "ann", NOW.minusSeconds(60), "OTHER", null);
    ViewDefectionSummaryUseCase.Query query = new ViewDefectionSummaryUseCase.Query(tenant(),
        new DateRange(TODAY, TODAY));
    assertFalse(await(world.analytics.defectionSummary(query)).byReason().get(0).key().avoidable());

    await(world.reasons.defineDefectionReason(new DefineDefectionReasonUseCase.Command(tenant(), "OTHER",
        "Something we did", DefectionCategory.SERVICE_QUALITY, true)));

    DefectionSummary after = await(world.analytics.defectionSummary(query));
    assertTrue(after.byReason().get(0).key().avoidable());
    assertEquals(DefectionCategory.SERVICE_QUALITY, after.byCategory().get(0).key());
    assertEquals(2, world.fakes.defectionAnalysis.calls);
  }

  @Test
  void aWriteToAnotherTenantKeepsTheAnswer() {
    matrix();
    world.customer(otherTenant(), "someone");
    matrix();
    assertEquals(1, computations());
  }

  @Test
  void anAnswerIsKeptUntilTheInstantTheCatchUpSaidTimeChangesSomething() {
    world.fakes.recordingCatchUp.nextChange = Optional.of(NOW.plus(Duration.ofHours(2)));
    matrix();
    world.clock.advance(Duration.ofHours(2).minusNanos(1));
    matrix();
    assertEquals(1, computations());
    world.clock.advance(Duration.ofNanos(1));
    matrix();
    assertEquals(2, computations());
  }

  @Test
  void anAnswerIsKeptAtMostUntilTheTenantsNextDayBegins() {
    // 10:00 UTC on 15 March is 23:00 in Auckland; its 16 March begins at 11:00 UTC
    AuthenticatedTenant auckland = tenantIn(ZoneId.of("Pacific/Auckland"));
    world.fakes.recordingCatchUp.nextChange = Optional.of(NOW.plus(Duration.ofDays(30)));
    await(world.analytics.segmentMatrix(auckland));
    world.clock.set(Instant.parse("2025-03-15T10:59:59Z"));
    await(world.analytics.segmentMatrix(auckland));
    assertEquals(1, computations());
    world.clock.set(Instant.parse("2025-03-15T11:00:00Z"));
    await(world.analytics.segmentMatrix(auckland));
    assertEquals(2, computations());
    assertEquals(Instant.parse("2025-03-15T11:00:00Z"), world.fakes.recordingCatchUp.calls.get(1).now());
  }

  @Test
  void everyArgumentIsPartOfTheKey() {
    DateRange year = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    await(world.analytics.customerFlow(new ViewCustomerFlowUseCase.Query(tenant(), year, Interval.MONTH)));
    await(world.analytics.customerFlow(new ViewCustomerFlowUseCase.Query(tenant(), year, Interval.QUARTER)));
    await(world.analytics.customerFlow(new ViewCustomerFlowUseCase.Query(tenant(), year, Interval.MONTH)));
    await(world.analytics.customerFlow(new ViewCustomerFlowUseCase.Query(tenant(),
        new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 30)), Interval.MONTH)));
    await(world.analytics.customerFlow(new ViewCustomerFlowUseCase.Query(tenantIn(ZoneId.of("Europe/Paris")), year,
        Interval.MONTH)));
    assertEquals(4, world.fakes.flow.asked.size());
  }

  @Test
  void anAnswerComputedFromDataReadBeforeAWriteIsNotServedAfterIt() {
    world.fakes.census.gate = new CompletableFuture<>();
    CompletionStage<SegmentMatrix> reading = world.analytics.segmentMatrix(tenant());
    world.customer(tenant(), "bob"); // commits while the read is still being computed
    world.fakes.census.gate.complete(null);
    assertEquals(0, customers(await(reading), ValueTier.NONE, TenureBand.NONE), "that read saw the old data");

    assertEquals(1, customers(matrix(), ValueTier.NONE, TenureBand.NONE));
    assertEquals(2, computations());
  }

  @Test
  void requestsWhileAnAnswerIsBeingComputedShareTheComputation() {
    world.fakes.census.gate = new CompletableFuture<>();
    CompletionStage<SegmentMatrix> first = world.analytics.segmentMatrix(tenant());
    CompletionStage<SegmentMatrix> second = world.analytics.segmentMatrix(tenant());
    world.fakes.census.gate.complete(null);
    assertEquals(await(first), await(second));
    assertEquals(1, computations());
  }

  @Test
  void aFailedComputationIsNotKept() {
    world.fakes.census.gate = CompletableFuture.failedFuture(new IllegalStateException("database went away"));
    assertThrows(CompletionException.class,
        () -> world.analytics.segmentMatrix(tenant()).toCompletableFuture().join());
    world.fakes.census.gate = CompletableFuture.completedFuture(null);
    assertEquals(1, customers(matrix(), ValueTier.LOW, TenureBand.FIRST_90_DAYS));
    assertEquals(2, computations());
  }
}

package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.DateRange;
import io.customerintel.application.port.in.ViewCustomerFlowUseCase;
import io.customerintel.application.port.in.ViewDefectionSummaryUseCase;
import io.customerintel.application.port.in.ViewSegmentMatrixUseCase;
import io.customerintel.application.port.out.CustomerCatchUp;
import io.customerintel.application.port.out.DefectionAnalysis;
import io.customerintel.application.port.out.FlowLedger;
import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.application.port.out.SegmentCensus;
import io.customerintel.application.service.AnalyticsCache.Timed;
import io.customerintel.domain.analytics.DefectionPeriod;
import io.customerintel.domain.analytics.DefectionSummary;
import io.customerintel.domain.analytics.FlowPeriod;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.analytics.SegmentMatrix;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * The tenant-wide reports: segment matrix, customer flow, defection summary. Each is one aggregate over the store,
 * computed after the tenant's time-driven data has caught up with now, and kept in the cache until a write or time
 * changes it.
 */
public final class AnalyticsService implements ViewSegmentMatrixUseCase, ViewCustomerFlowUseCase,
    ViewDefectionSummaryUseCase {
  private final SegmentCensus census;
  private final FlowLedger flow;
  private final DefectionAnalysis defections;
  private final RevenueRanking ranking;
  private final CustomerCatchUp catchUp;
  private final AnalyticsCache cache;
  private final Clock clock;

  public AnalyticsService(SegmentCensus census, FlowLedger flow, DefectionAnalysis defections, RevenueRanking ranking,
                          CustomerCatchUp catchUp, AnalyticsCache cache, Clock clock) {
    this.census = census;
    this.flow = flow;
    this.defections = defections;
    this.ranking = ranking;
    this.catchUp = catchUp;
    this.cache = cache;
    this.clock = clock;
  }

  /** The cache key of the matrix: everything it depends on besides the stored data is the tenant. */
  private record SegmentMatrixQuery(AuthenticatedTenant tenant) {}

  @Override
  public CompletionStage<SegmentMatrix> segmentMatrix(AuthenticatedTenant tenant) {
    return cache.get(tenant.tenantId(), new SegmentMatrixQuery(tenant), () -> timed(tenant, (now, today) ->
        ranking.thresholds(tenant.tenantId())
            .thenCompose(thresholds -> census.count(tenant.tenantId(), today, thresholds))
            .thenApply(cells -> SegmentMatrix.of(now, cells))));
  }

  @Override
  public CompletionStage<List<FlowPeriod>> customerFlow(ViewCustomerFlowUseCase.Query query) {
    AuthenticatedTenant tenant = query.tenant();
    return cache.get(tenant.tenantId(), query, () -> timed(tenant, (now, today) ->
        flow.tally(tenant.tenantId(), query.periods(), today).thenApply(tally -> tally.rollForward())));
  }

  @Override
  public CompletionStage<DefectionSummary> defectionSummary(ViewDefectionSummaryUseCase.Query query) {
    AuthenticatedTenant tenant = query.tenant();
    return cache.get(tenant.tenantId(), query, () -> timed(tenant, (now, today) ->
        defections.summarize(tenant.tenantId(), tenant.zone(), query.range().period())));
  }

  @Override
  public List<DefectionPeriod> trend(DefectionSummary summary, Interval interval) {
    return summary.trend(new DateRange(summary.range().start(), summary.range().end()).periods(interval));
  }

  /**
   * Catches the tenant's time-driven data up with now, then computes the report as of now; the answer holds until the
   * next instant time alone changes some customer, and at most until the tenant's next day begins (stages, tenure and
   * "today" move on at midnight).
   */
  private <T> CompletionStage<Timed<T>> timed(AuthenticatedTenant tenant,
                                              BiFunction<Instant, LocalDate, CompletionStage<T>> report) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, tenant.zone());
    Instant tomorrow = today.plusDays(1).atStartOfDay(tenant.zone()).toInstant();
    return catchUp.catchUp(tenant.tenantId(), tenant.rules(), now).thenCompose(next -> report.apply(now, today)
        .thenApply(value -> new Timed<>(value, next.filter(tomorrow::isAfter).orElse(tomorrow))));
  }
}

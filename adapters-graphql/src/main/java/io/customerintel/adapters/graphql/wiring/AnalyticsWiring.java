package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.CustomerFlowPeriodDto;
import io.customerintel.adapters.graphql.dto.DefectionSummaryDto;
import io.customerintel.adapters.graphql.dto.DefectionSummaryDto.PeriodDto;
import io.customerintel.adapters.graphql.dto.DefectionSummaryDto.ShareDto;
import io.customerintel.adapters.graphql.dto.SegmentMatrixDto;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.DateRange;
import io.customerintel.application.port.in.ViewCustomerFlowUseCase;
import io.customerintel.application.port.in.ViewDefectionSummaryUseCase;
import io.customerintel.domain.analytics.Interval;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The tenant-wide reports on Query, the defection trend, and the key field of each kind of defection count. */
public final class AnalyticsWiring {
  private final UseCases useCases;

  public AnalyticsWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type
        .dataFetcher("segmentMatrix", this::segmentMatrix)
        .dataFetcher("customerFlow", this::customerFlow)
        .dataFetcher("defectionSummary", this::defectionSummary));
    wiring.type("DefectionSummary", type -> type.dataFetcher("trend", this::trend));
    wiring.type("ReasonCount", type -> type.dataFetcher("reason", AnalyticsWiring::key));
    wiring.type("CategoryCount", type -> type.dataFetcher("category", AnalyticsWiring::key));
    wiring.type("TierCount", type -> type.dataFetcher("valueTier", AnalyticsWiring::key));
    wiring.type("TenureBandCount", type -> type.dataFetcher("tenureBand", AnalyticsWiring::key));
  }

  private CompletableFuture<SegmentMatrixDto> segmentMatrix(DataFetchingEnvironment env) {
    AuthenticatedTenant tenant = Fetchers.tenant(env);
    return useCases.segmentMatrix().segmentMatrix(tenant)
        .thenApply(matrix -> SegmentMatrixDto.of(matrix, currency(tenant))).toCompletableFuture();
  }

  private CompletableFuture<List<CustomerFlowPeriodDto>> customerFlow(DataFetchingEnvironment env) {
    AuthenticatedTenant tenant = Fetchers.tenant(env);
    ViewCustomerFlowUseCase.Query query = new ViewCustomerFlowUseCase.Query(tenant, range(env),
        Fetchers.enumValue(env.getArgument("interval"), Interval.class));
    return useCases.customerFlow().customerFlow(query)
        .thenApply(periods -> periods.stream().map(p -> CustomerFlowPeriodDto.of(p, currency(tenant))).toList())
        .toCompletableFuture();
  }

  private CompletableFuture<DefectionSummaryDto> defectionSummary(DataFetchingEnvironment env) {
    AuthenticatedTenant tenant = Fetchers.tenant(env);
    return useCases.defectionSummary().defectionSummary(new ViewDefectionSummaryUseCase.Query(tenant, range(env)))
        .thenApply(summary -> DefectionSummaryDto.of(summary, currency(tenant))).toCompletableFuture();
  }

  private List<PeriodDto> trend(DataFetchingEnvironment env) {
    DefectionSummaryDto summary = env.getSource();
    Interval interval = Fetchers.enumValue(env.getArgument("interval"), Interval.class);
    return useCases.defectionSummary().trend(summary.summary(), interval).stream()
        .map(period -> PeriodDto.of(period, summary.currency())).toList();
  }

  private static Object key(DataFetchingEnvironment env) {
    ShareDto share = env.getSource();
    return share.key();
  }

  private static DateRange range(DataFetchingEnvironment env) {
    return new DateRange(env.getArgument("from"), env.getArgument("to"));
  }

  private static Currency currency(AuthenticatedTenant tenant) {
    return Currency.getInstance(tenant.currency());
  }
}

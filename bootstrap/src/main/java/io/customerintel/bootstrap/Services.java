package io.customerintel.bootstrap;

import io.customerintel.adapters.graphql.export.GraphQLNodeJsonWriter;
import io.customerintel.application.service.BulkExportService;
import io.customerintel.bootstrap.config.ExportSettings;
import io.customerintel.bootstrap.export.DiskExportFiles;
import io.customerintel.application.port.in.RefitModelsUseCase;
import io.customerintel.application.service.CustomerBaseModelService;
import io.customerintel.application.service.ForecastService;
import java.util.concurrent.Executor;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.application.service.SaveDeskService;
import io.customerintel.adapters.postgres.PostgresAdapters;
import io.customerintel.application.port.in.AuthenticateApiKeyUseCase;
import io.customerintel.application.port.in.CatchUpUseCase;
import io.customerintel.application.port.in.ChargeQueryCostUseCase;
import io.customerintel.application.service.RateLimitService;
import io.customerintel.domain.tenant.RateLimit;
import io.customerintel.application.port.in.ManageTenantsUseCase;
import io.customerintel.application.port.in.PersistedQueryUseCase;
import io.customerintel.application.service.PersistedQueryService;
import io.customerintel.bootstrap.config.PersistedQuerySettings;
import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.application.service.AnalyticsCache;
import io.customerintel.application.service.AnalyticsService;
import io.customerintel.application.service.ApiKeyService;
import io.customerintel.application.service.AuthenticationService;
import io.customerintel.application.service.CachedRevenueRanking;
import io.customerintel.application.service.CatchUpService;
import io.customerintel.application.service.CustomerHistoryService;
import io.customerintel.application.service.CustomerIngestionService;
import io.customerintel.application.service.CustomerQueryService;
import io.customerintel.application.service.DefectionReasonService;
import io.customerintel.application.service.DefectionService;
import io.customerintel.application.service.FollowUpService;
import io.customerintel.application.service.OpenFollowUpService;
import io.customerintel.application.service.SurveyEngagementService;
import io.customerintel.application.service.HealthHistoryService;
import io.customerintel.application.service.HealthModelService;
import io.customerintel.application.service.PurchaseIngestionService;
import io.customerintel.application.service.RecentRevenueRanking;
import io.customerintel.application.service.SurveyIngestionService;
import io.customerintel.application.port.in.PurgeIdempotencyKeysUseCase;
import io.customerintel.application.service.IdempotencyKeyPurge;
import io.customerintel.application.service.SharedTenantChanges;
import io.customerintel.application.service.TenantDataChanges;
import io.customerintel.application.service.TenantService;
import io.customerintel.application.port.out.OperationsTelemetry;
import io.customerintel.application.service.CacheStatistics;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.time.Duration;

/** The application services, wired by plain constructors onto the Postgres adapters. */
public final class Services {
  private final UseCases useCases;
  private final AuthenticateApiKeyUseCase authentication;
  private final ManageTenantsUseCase tenants;
  private final CatchUpUseCase catchUp;
  private final PurgeIdempotencyKeysUseCase idempotencyKeys;
  private final RefitModelsUseCase refit;
  private final PersistedQueryUseCase persistedQueries;
  private final ChargeQueryCostUseCase queryCosts;
  private final Map<String, Supplier<CacheStatistics>> caches = new LinkedHashMap<>();
  private final GraphQLNodeJsonWriter nodeJson = new GraphQLNodeJsonWriter();
  private final BulkExportService bulkExports;

  /**
   * @param fitExecutor      where model fits compute: never an event loop
   * @param persistedQueries the persisted-query cache size and document limit
   * @param rateLimit        every API key's bucket of query cost points, unless the key has its own
   * @param telemetry        where fit durations and bulk exports are reported
   * @param exports          where export files go and how exports run
   * @param exportExecutor   where exports render batches and write files: never an event loop
   */
  public Services(PostgresAdapters store, Clock clock, Executor fitExecutor, PersistedQuerySettings persistedQueries,
                  RateLimit rateLimit, OperationsTelemetry telemetry, ExportSettings exports,
                  Executor exportExecutor) {
    this.queryCosts = new RateLimitService(store.costBucket(), rateLimit);
    AnalyticsCache analyticsCache = new AnalyticsCache(clock);
    // only purchases change revenues, so only they make the tenant's tiers be ranked again
    AnalyticsCache rankings = new AnalyticsCache(clock);
    RevenueRanking ranking = new CachedRevenueRanking(store.revenueRanking(), rankings);
    // every instance's writes invalidate this instance's caches (docs/operations.md, scaling out)
    SharedTenantChanges shared = new SharedTenantChanges(store.tenantChanges(), analyticsCache, rankings);
    TenantDataChanges changed = shared.anyChange();
    TenantDataChanges purchased = shared.purchases();
    CustomerHistoryService history = new CustomerHistoryService(store.purchases(), store.surveyResponses());
    DefectionReasonService reasons = new DefectionReasonService(store.defectionReasons(), changed);
    RecentRevenueRanking recentRanking = new RecentRevenueRanking(ranking, Duration.ofMinutes(1));
    DefectionService defections = new DefectionService(store.customers(), store.defections(),
        store.defectionReasons(), recentRanking, clock, changed);
    AnalyticsService analytics = new AnalyticsService(store.segmentCensus(), store.flowLedger(),
        store.defectionAnalysis(), ranking, store.catchUp(), analyticsCache, clock);
    CustomerBaseModelService models = new CustomerBaseModelService(store.models(), store.fitLease(),
        store.fitData(), store.catchUp(), store.tenants(), clock, fitExecutor, changed, telemetry);
    this.refit = models;
    SaveDeskService saveDesk = new SaveDeskService(store.customers(), store.defectionReasons(),
        store.cancellationRequests(), defections, recentRanking, clock);
    io.customerintel.application.service.LossReviewService lossReviews =
        new io.customerintel.application.service.LossReviewService(store.lossReviews(), store.lossReviewCalls(),
            clock);
    // a confirmed reason changes a defection, so the cached defection summary must be computed again
    io.customerintel.application.service.LossReviewCallService lossReviewCalls =
        new io.customerintel.application.service.LossReviewCallService(store.lossReviews(), store.lossReviewCalls(),
            store.defectionReasons(), changed, clock);
    this.bulkExports = new BulkExportService(store.bulkExports(), store.customerSnapshot(), nodeJson,
        new DiskExportFiles(exports.directory()), ranking, store.catchUp(), clock, exportExecutor,
        exports.batchSize(), telemetry);
    this.useCases = new UseCases(
        new CustomerIngestionService(store.customers(), clock, changed),
        new PurchaseIngestionService(store.customers(), store.purchases(), clock, purchased),
        new SurveyIngestionService(store.customers(), store.surveyResponses(), clock, changed),
        defections,
        reasons,
        reasons,
        new CustomerQueryService(store.customers(), ranking, store.catchUp(), clock),
        defections,
        history,
        history,
        new FollowUpService(store.customers(), store.followUps(), clock, changed),
        new HealthModelService(store.tenants(), store.catchUp(), clock, changed),
        new HealthHistoryService(store.healthHistory(), clock),
        analytics,
        analytics,
        analytics,
        models,
        new ForecastService(store.firstDayRevenue(), clock),
        new ApiKeyService(store.apiKeys()),
        saveDesk, saveDesk, saveDesk, saveDesk,
        new io.customerintel.application.service.WinBackCandidateService(store.winBackCandidates(),
            store.winBackAttempts(), clock),
        new io.customerintel.application.service.WinBackAttemptService(store.customers(), store.winBackAttempts(),
            clock),
        new io.customerintel.application.service.WinBackReviewService(store.winBackReviews(), clock),
        new io.customerintel.application.service.RiskAlertService(store.riskEvents()),
        new OpenFollowUpService(store.openFollowUps(), clock),
        new SurveyEngagementService(store.surveyEngagement(), analyticsCache, clock),
        lossReviews, lossReviews, lossReviewCalls, lossReviewCalls,
        new io.customerintel.application.service.ReviewIssueService(store.lossReviews(), store.reviewIssues(),
            store.defectionReasons(), clock),
        bulkExports);
    this.authentication = new AuthenticationService(store.tenants());
    this.tenants = new TenantService(store.tenants());
    this.catchUp = new CatchUpService(store.tenants(), store.catchUp(), clock);
    this.idempotencyKeys = new IdempotencyKeyPurge(store.idempotencyKeyRetention(), clock);
    PersistedQueryService documents = new PersistedQueryService(store.persistedQueries(),
        persistedQueries.cacheSize(), persistedQueries.maxDocumentChars());
    this.persistedQueries = documents;
    caches.put("analytics", analyticsCache::statistics);
    caches.put("revenue_rankings", rankings::statistics);
    caches.put("recent_revenue_rankings", recentRanking::statistics);
    caches.put("persisted_queries", documents::statistics);
  }

  /** The application's in-memory caches by name, for their hit ratios and sizes. */
  public Map<String, Supplier<CacheStatistics>> caches() {
    return Map.copyOf(caches);
  }

  /** Bulk exports; tests hold one between batches through its probe. */
  public BulkExportService bulkExports() {
    return bulkExports;
  }

  /** Renders export lines once the GraphQL API is attached to it (Server.serve). */
  public GraphQLNodeJsonWriter nodeJsonWriter() {
    return nodeJson;
  }

  public PersistedQueryUseCase persistedQueries() {
    return persistedQueries;
  }

  public ChargeQueryCostUseCase queryCosts() {
    return queryCosts;
  }

  public CatchUpUseCase catchUp() {
    return catchUp;
  }

  public RefitModelsUseCase refit() {
    return refit;
  }

  public PurgeIdempotencyKeysUseCase idempotencyKeys() {
    return idempotencyKeys;
  }

  public UseCases useCases() {
    return useCases;
  }

  public AuthenticateApiKeyUseCase authentication() {
    return authentication;
  }

  public ManageTenantsUseCase tenants() {
    return tenants;
  }
}

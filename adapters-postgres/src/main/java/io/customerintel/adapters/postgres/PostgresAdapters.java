package io.customerintel.adapters.postgres;

import io.customerintel.adapters.postgres.model.PgCustomerBaseModelStore;
import io.customerintel.adapters.postgres.model.PgFirstDayRevenue;
import io.customerintel.adapters.postgres.model.PgFitDataSource;
import io.customerintel.adapters.postgres.model.PgFitLease;
import io.customerintel.adapters.postgres.query.PgPersistedQueries;
import io.customerintel.application.port.out.PersistedQueries;
import io.customerintel.application.port.out.CustomerBaseModelStore;
import io.customerintel.application.port.out.FirstDayRevenue;
import io.customerintel.application.port.out.FitDataSource;
import io.customerintel.application.port.out.FitLease;
import io.customerintel.adapters.postgres.analytics.PgDefectionAnalysis;
import io.customerintel.adapters.postgres.analytics.PgFlowLedger;
import io.customerintel.adapters.postgres.analytics.PgSegmentCensus;
import io.customerintel.adapters.postgres.customer.PgCustomerRepository;
import io.customerintel.adapters.postgres.customer.PgRevenueRanking;
import io.customerintel.adapters.postgres.defection.PgDefectionReasonRepository;
import io.customerintel.adapters.postgres.defection.PgDefectionRepository;
import io.customerintel.adapters.postgres.facts.FactRefresher;
import io.customerintel.adapters.postgres.facts.PgCustomerCatchUp;
import io.customerintel.adapters.postgres.followup.PgFollowUpRepository;
import io.customerintel.adapters.postgres.survey.PgOpenFollowUpFinder;
import io.customerintel.adapters.postgres.survey.PgSurveyEngagementCensus;
import io.customerintel.adapters.postgres.health.PgHealthHistory;
import io.customerintel.adapters.postgres.purchase.PgPurchaseLedger;
import io.customerintel.adapters.postgres.ratelimit.PgCostBucket;
import io.customerintel.application.port.out.CostBucket;
import io.customerintel.adapters.postgres.availability.DatabaseAvailability;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.adapters.postgres.survey.PgSurveyResponseRepository;
import io.customerintel.adapters.postgres.tenant.PgTenantRepository;
import io.customerintel.adapters.postgres.tenant.PgApiKeyRepository;
import io.customerintel.application.port.out.ApiKeyRepository;
import io.customerintel.application.port.out.CustomerCatchUp;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.DefectionAnalysis;
import io.customerintel.application.port.out.DefectionReasonRepository;
import io.customerintel.application.port.out.DefectionRepository;
import io.customerintel.application.port.out.FollowUpRepository;
import io.customerintel.application.port.out.OpenFollowUpFinder;
import io.customerintel.application.port.out.SurveyEngagementCensus;
import io.customerintel.application.port.out.HealthHistory;
import io.customerintel.application.port.out.FlowLedger;
import io.customerintel.application.port.out.PurchaseLedger;
import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.application.port.out.SegmentCensus;
import io.customerintel.application.port.out.SurveyResponseRepository;
import io.customerintel.application.port.out.TenantRepository;
import io.customerintel.adapters.postgres.savedesk.PgCancellationRequests;
import io.customerintel.application.port.out.CancellationRequests;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.concurrent.CompletionStage;

/**
 * Every outgoing port implemented on one Vert.x PostgreSQL pool. The composition root builds one instance and
 * hands each repository to the services; the pool stays owned (and closed) by the caller.
 */
public final class PostgresAdapters {
  private final Sql sql;
  private final TenantRepository tenants;
  private final CustomerRepository customers;
  private final RevenueRanking revenueRanking;
  private final PurchaseLedger purchases;
  private final SurveyResponseRepository surveyResponses;
  private final DefectionRepository defections;
  private final DefectionReasonRepository defectionReasons;
  private final FollowUpRepository followUps;
  private final CustomerCatchUp catchUp;
  private final HealthHistory healthHistory;
  private final SegmentCensus segmentCensus;
  private final FlowLedger flowLedger;
  private final DefectionAnalysis defectionAnalysis;
  private final CustomerBaseModelStore models;
  private final FitLease fitLease;
  private final FitDataSource fitData;
  private final FirstDayRevenue firstDayRevenue;
  private final ApiKeyRepository apiKeys;
  private final PersistedQueries persistedQueries;
  private final CostBucket costBucket;
  private final CancellationRequests cancellationRequests;
  private final io.customerintel.adapters.postgres.risk.PgRiskEventFeed riskEvents =
      new io.customerintel.adapters.postgres.risk.PgRiskEventFeed();
  private final io.customerintel.adapters.postgres.changes.PgTenantChangeFeed tenantChanges;

  /** Without an availability monitor: for tests and the CLI, which have no requests to refuse. */
  public PostgresAdapters(Pool pool) {
    this(pool, null);
  }

  /** @param availability told of every connection failure, or null */
  public PostgresAdapters(Pool pool, DatabaseAvailability availability) {
    this.sql = availability == null ? new Sql(pool) : new Sql(pool, availability::observe);
    this.tenantChanges = new io.customerintel.adapters.postgres.changes.PgTenantChangeFeed(sql);
    FactRefresher facts = new FactRefresher(sql);
    this.tenants = new PgTenantRepository(sql);
    this.customers = new PgCustomerRepository(sql);
    this.revenueRanking = new PgRevenueRanking(sql);
    this.purchases = new PgPurchaseLedger(sql, facts);
    this.surveyResponses = new PgSurveyResponseRepository(sql, facts);
    PgDefectionRepository defections = new PgDefectionRepository(sql, facts);
    this.defections = defections;
    this.defectionReasons = new PgDefectionReasonRepository(sql);
    this.followUps = new PgFollowUpRepository(sql, facts);
    this.catchUp = new PgCustomerCatchUp(sql, facts);
    this.healthHistory = new PgHealthHistory(sql);
    this.segmentCensus = new PgSegmentCensus(sql);
    this.flowLedger = new PgFlowLedger(sql);
    this.defectionAnalysis = new PgDefectionAnalysis(sql, revenueRanking);
    this.models = new PgCustomerBaseModelStore(sql);
    this.fitLease = new PgFitLease(sql);
    this.fitData = new PgFitDataSource(sql);
    this.firstDayRevenue = new PgFirstDayRevenue(sql);
    this.apiKeys = new PgApiKeyRepository(sql);
    this.persistedQueries = new PgPersistedQueries(sql);
    this.costBucket = new PgCostBucket(sql);
    this.cancellationRequests = new PgCancellationRequests(sql, defections);
  }

  public TenantRepository tenants() {
    return tenants;
  }

  public CustomerRepository customers() {
    return customers;
  }

  public RevenueRanking revenueRanking() {
    return revenueRanking;
  }

  public PurchaseLedger purchases() {
    return purchases;
  }

  public SurveyResponseRepository surveyResponses() {
    return surveyResponses;
  }

  public DefectionRepository defections() {
    return defections;
  }

  public DefectionReasonRepository defectionReasons() {
    return defectionReasons;
  }

  public FollowUpRepository followUps() {
    return followUps;
  }

  public CustomerCatchUp catchUp() {
    return catchUp;
  }

  public HealthHistory healthHistory() {
    return healthHistory;
  }

  /** Whether the database answers (SELECT 1); completes with false instead of failing, for readiness checks. */
  public CompletionStage<Boolean> ping() {
    return sql.run("select 1 as ok", Tuple.tuple())
        .map(rows -> rows.size() == 1 && Integer.valueOf(1).equals(rows.iterator().next().getInteger("ok")))
        .recover(failure -> Future.succeededFuture(false))
        .toCompletionStage();
  }

  /** Statements executed by these repositories so far: to show a page or batch costs a constant number of them. */
  public long statementsExecuted() {
    return sql.executed();
  }

  public SegmentCensus segmentCensus() {
    return segmentCensus;
  }

  public FlowLedger flowLedger() {
    return flowLedger;
  }

  public DefectionAnalysis defectionAnalysis() {
    return defectionAnalysis;
  }

  public CustomerBaseModelStore models() {
    return models;
  }

  public FitLease fitLease() {
    return fitLease;
  }

  public FitDataSource fitData() {
    return fitData;
  }

  public FirstDayRevenue firstDayRevenue() {
    return firstDayRevenue;
  }

  public ApiKeyRepository apiKeys() {
    return apiKeys;
  }

  public PersistedQueries persistedQueries() {
    return persistedQueries;
  }

  public CostBucket costBucket() {
    return costBucket;
  }

  public CancellationRequests cancellationRequests() {
    return cancellationRequests;
  }

  /** The risk events of every server on this database; the server starts (and closes) its LISTEN connection. */
  public io.customerintel.application.port.out.IdempotencyKeyRetention idempotencyKeyRetention() {
    return new io.customerintel.adapters.postgres.sql.PgIdempotencyKeyRetention(sql);
  }

  /** Every server's tenant changes; the server starts (and closes) its LISTEN connection. */
  public io.customerintel.adapters.postgres.changes.PgTenantChangeFeed tenantChanges() {
    return tenantChanges;
  }

  public io.customerintel.adapters.postgres.risk.PgRiskEventFeed riskEvents() {
    return riskEvents;
  }

  /** Win-back lists; stateless over the shared statement runner. */
  public io.customerintel.application.port.out.WinBackCandidates winBackCandidates() {
    return new io.customerintel.adapters.postgres.winback.PgWinBackCandidates(sql);
  }

  /** Win-back attempts and their statistics. */
  public io.customerintel.application.port.out.WinBackAttemptStore winBackAttempts() {
    return new io.customerintel.adapters.postgres.winback.PgWinBackAttempts(sql);
  }

  /** Win-back review cadence and stamps. */
  public io.customerintel.application.port.out.WinBackReviewStore winBackReviews() {
    return new io.customerintel.adapters.postgres.winback.PgWinBackReviews(sql);
  }

  /** Stateless, so each caller may hold its own. */
  public OpenFollowUpFinder openFollowUps() {
    return new PgOpenFollowUpFinder(sql);
  }

  public SurveyEngagementCensus surveyEngagement() {
    return new PgSurveyEngagementCensus(sql);
  }

  /** Loss reviews (docs/loss-review.md); stateless over the shared statement runner. */
  public io.customerintel.application.port.out.LossReviews lossReviews() {
    return new io.customerintel.adapters.postgres.lossreview.PgLossReviews(sql);
  }

  /** The loss reviews' calls; stateless over the shared statement runner. */
  public io.customerintel.application.port.out.LossReviewCalls lossReviewCalls() {
    return new io.customerintel.adapters.postgres.lossreview.PgLossReviewCalls(sql);
  }

  /** Bulk export jobs (docs/bulk-export.md); stateless over the shared statement runner. */
  public io.customerintel.application.port.out.BulkExportStore bulkExports() {
    return new io.customerintel.adapters.postgres.export.PgBulkExportStore(sql);
  }

  /** Whole customer listings from one snapshot, for bulk exports; each read holds one pooled connection. */
  public io.customerintel.application.port.out.CustomerSnapshot customerSnapshot() {
    return new io.customerintel.adapters.postgres.customer.PgCustomerSnapshot(sql);
  }

  /** The loss reviews' issues; stateless over the shared statement runner. */
  public io.customerintel.application.port.out.ReviewIssues reviewIssues() {
    return new io.customerintel.adapters.postgres.lossreview.PgReviewIssues(sql);
  }
}

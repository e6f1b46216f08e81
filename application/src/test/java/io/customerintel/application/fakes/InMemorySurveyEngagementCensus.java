package io.customerintel.application.fakes;

import io.customerintel.application.port.out.SurveyEngagementCensus;
import io.customerintel.domain.survey.EngagementCounts;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** SurveyEngagementCensus over the in-memory store; counts every call so tests can see the cache work. */
public final class InMemorySurveyEngagementCensus implements SurveyEngagementCensus {
  private final InMemoryStore store;
  public int calls;

  public InMemorySurveyEngagementCensus(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<List<EngagementCounts>> count(TenantId tenantId, List<Instant> boundaries) {
    calls++;
    List<EngagementCounts> counts = new ArrayList<>();
    for (int i = 0; i + 1 < boundaries.size(); i++) {
      Instant from = boundaries.get(i);
      Instant to = boundaries.get(i + 1);
      EngagementCounts sum = EngagementCounts.NONE;
      for (SurveyResponse r : store.surveysOf(tenantId)) {
        if (!r.sentAt().isBefore(from) && r.sentAt().isBefore(to)) {
          sum = sum.plus(of(r));
        }
      }
      counts.add(sum);
    }
    return CompletableFuture.completedFuture(counts);
  }

  private static EngagementCounts of(SurveyResponse r) {
    Integer score = r.likelihoodToRecommend();
    return new EngagementCounts(1, r.respondedAt() == null ? 0 : 1, score == null ? 0 : 1,
        score != null && score >= EngagementCounts.PROMOTER_FROM ? 1 : 0,
        score != null && score <= EngagementCounts.DETRACTOR_UP_TO ? 1 : 0, r.satisfied() == null ? 0 : 1,
        Boolean.TRUE.equals(r.satisfied()) ? 1 : 0, r.wouldPurchaseAgain() == null ? 0 : 1,
        Boolean.TRUE.equals(r.wouldPurchaseAgain()) ? 1 : 0);
  }
}

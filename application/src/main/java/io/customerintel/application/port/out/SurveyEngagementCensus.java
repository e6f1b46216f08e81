package io.customerintel.application.port.out;

import io.customerintel.domain.survey.EngagementCounts;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Counts the tenant's survey invitations by when they were sent, and what became of them. */
public interface SurveyEngagementCensus {

  /**
   * Given n + 1 ascending instants, the counts of the invitations sent in each of the n spans [b(i), b(i+1)), in
   * order; a span without invitations counts zero.
   */
  CompletionStage<List<EngagementCounts>> count(TenantId tenantId, List<Instant> boundaries);
}

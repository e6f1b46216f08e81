package io.customerintel.application.port.out;

import io.customerintel.application.port.out.PageRequest.ItemPosition;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Finds contact requests nobody has followed up yet: answered responses with wantsContact and no follow-up of
 * that customer at or after respondedAt. Ordered by respondedAt then id, oldest first.
 */
public interface OpenFollowUpFinder {

  /**
   * A page of the tenant's open requests after the given (respondedAt, id), only those answered at or before
   * {@code answeredBy} when given; the total counts every open request the filter matches, not only the page.
   */
  CompletionStage<ItemSlice<SurveyResponse>> openRequests(TenantId tenantId, Optional<Instant> answeredBy, int limit,
                                                          Optional<ItemPosition> after);

  /** Every open request of each customer, in one statement for all of them. */
  CompletionStage<Map<CustomerId, List<SurveyResponse>>> openRequestsOf(TenantId tenantId,
                                                                       Collection<CustomerId> customers);
}

package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.lossreview.CallAssignment;
import io.customerintel.domain.lossreview.CallOutcome;
import io.customerintel.domain.lossreview.LossReviewCall;
import io.customerintel.domain.lossreview.LossReviewCallId;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** The calls executives make to lost customers for the monthly loss reviews. */
public interface LossReviewCalls {

  /** Stores the assignments; one whose customer has a call by now (a concurrent assign) is skipped. */
  CompletionStage<Void> assign(TenantId tenantId, ReviewMonth month, List<CallAssignment> assignments, Instant now);

  /** The month's calls in the order they were assigned. */
  CompletionStage<List<LossReviewCall>> ofMonth(TenantId tenantId, ReviewMonth month);

  /** Those of the customers who have a call in any review. */
  CompletionStage<Set<CustomerId>> called(TenantId tenantId, Collection<CustomerId> customers);

  CompletionStage<Optional<LossReviewCall>> byId(TenantId tenantId, LossReviewCallId id);

  /**
   * Records the outcome of an open call (a call done already keeps its outcome) and, when it confirms a reason other
   * than the defection's, makes that the defection's reason, keeping the first recorded one as original, all in one
   * transaction. Answers the call as stored.
   */
  CompletionStage<LossReviewCall> recordOutcome(TenantId tenantId, LossReviewCallId id, CallOutcome outcome);
}

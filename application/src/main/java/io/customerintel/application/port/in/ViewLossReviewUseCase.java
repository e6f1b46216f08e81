package io.customerintel.application.port.in;

import io.customerintel.domain.lossreview.LossReview;
import io.customerintel.domain.lossreview.LossReviewCall;
import io.customerintel.domain.lossreview.LossReviewCallId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Reads a month's customer-loss review with the month's defections as they are now. */
public interface ViewLossReviewUseCase {

  /** The review, or empty when the month was never started; a month not written "YYYY-MM" is BAD_USER_INPUT. */
  CompletionStage<Optional<LossReview>> lossReview(Query query);

  /** The started reviews, the latest month first. */
  CompletionStage<Connection<LossReview>> lossReviews(AuthenticatedTenant tenant, PageArgs page);

  /** The tenant's loss-review call with this id, or empty (another tenant's is not found). */
  CompletionStage<Optional<LossReviewCall>> lossReviewCall(AuthenticatedTenant tenant, LossReviewCallId id);

  record Query(AuthenticatedTenant tenant, String month) {
    public Query {
      Objects.requireNonNull(tenant, "tenant");
    }
  }
}

package io.customerintel.domain.lossreview;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.DefectionId;
import java.util.Objects;
import java.util.Optional;

/** A lost customer an executive is to call for a month's loss review, and how the call went once recorded. */
public record LossReviewCall(LossReviewCallId id, ReviewMonth month, String executive, CustomerId customerId,
                             DefectionId defectionId, Optional<CallOutcome> outcome) {
  public LossReviewCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(executive, "executive");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(defectionId, "defectionId");
    Objects.requireNonNull(outcome, "outcome");
  }

  public CallStatus status() {
    return outcome.isPresent() ? CallStatus.DONE : CallStatus.OPEN;
  }
}

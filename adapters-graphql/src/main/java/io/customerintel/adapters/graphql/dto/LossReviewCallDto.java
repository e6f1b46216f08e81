package io.customerintel.adapters.graphql.dto;

import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.lossreview.CallOutcome;
import io.customerintel.domain.lossreview.LossReviewCall;
import java.time.OffsetDateTime;

/** The GraphQL LossReviewCall; customer, defection and confirmed reason are resolved by loaders from the keys. */
public record LossReviewCallDto(String id, String month, String executive, CustomerId customerId,
                                DefectionId defectionId, String status, OutcomeDto outcome) {

  public static LossReviewCallDto of(LossReviewCall call) {
    return new LossReviewCallDto(GlobalIds.encode(GlobalIds.LOSS_REVIEW_CALL, call.id().value()),
        call.month().toString(), call.executive(), call.customerId(), call.defectionId(), call.status().name(),
        call.outcome().map(OutcomeDto::of).orElse(null));
  }

  /** The GraphQL LossReviewCallOutcome. */
  public record OutcomeDto(boolean reached, String confirmedReasonCode, Boolean wouldConsiderReturning, String notes,
                           OffsetDateTime recordedAt) {
    static OutcomeDto of(CallOutcome outcome) {
      return new OutcomeDto(outcome.reached(), outcome.confirmedReasonCode(), outcome.wouldConsiderReturning(),
          outcome.notes(), Times.utc(outcome.recordedAt()));
    }
  }
}

package io.customerintel.application.port.in;

import io.customerintel.domain.lossreview.LossReviewCall;
import io.customerintel.domain.lossreview.LossReviewCallId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Records how a loss-review call went; a confirmed reason replaces the defection's, which is kept as original. */
public interface RecordCallOutcomeUseCase {

  CompletionStage<Result> recordCallOutcome(Command command);

  record Command(AuthenticatedTenant tenant, LossReviewCallId callId, boolean reached, String confirmedReasonCode,
                 Boolean wouldConsiderReturning, String notes) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(callId, "callId");
    }
  }

  record Result(Optional<LossReviewCall> call, List<UserError> userErrors) {}
}

package io.customerintel.application.port.in;

import io.customerintel.domain.lossreview.LossReview;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Starts a month's customer-loss review; starting it again answers the same review. */
public interface StartLossReviewUseCase {

  CompletionStage<Result> startLossReview(Command command);

  /** month is "YYYY-MM"; the service checks it, so a bad one is reported as a user error. */
  record Command(AuthenticatedTenant tenant, String month) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
    }
  }

  record Result(Optional<LossReview> review, List<UserError> userErrors) {}
}

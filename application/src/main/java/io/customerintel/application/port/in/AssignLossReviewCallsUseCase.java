package io.customerintel.application.port.in;

import io.customerintel.domain.lossreview.LossReviewCall;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Gives each executive the month's most valuable lost customers to call, round-robin. */
public interface AssignLossReviewCallsUseCase {

  CompletionStage<Result> assignLossReviewCalls(Command command);

  /** The service checks month, executives and callsPerExecutive so that each problem is a user error. */
  record Command(AuthenticatedTenant tenant, String month, List<String> executives, int callsPerExecutive) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
      executives = executives == null ? List.of() : List.copyOf(executives);
    }
  }

  /** The month's calls of the executives named, those held before and those assigned now. */
  record Result(List<LossReviewCall> calls, List<UserError> userErrors) {}
}

package io.customerintel.application.port.in;

import io.customerintel.domain.health.HealthPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Shows and changes the tenant's health model: component weights, band thresholds and the rules' parameters. */
public interface HealthModelUseCase {

  CompletionStage<HealthPolicy> current(AuthenticatedTenant tenant);

  /** Changes what is given, keeps the rest; every customer is re-judged by the new model before this completes. */
  CompletionStage<Result> configure(Command command);

  /** Null fields keep their current value. */
  record Command(AuthenticatedTenant tenant, Double recencyWeight, Double purchaseTrendWeight,
                 Double surveyAnswersWeight, Double responseRateWeight, Double contactRequestWeight,
                 Double probabilityAliveWeight, Integer healthyFrom, Integer neutralFrom, Integer atRiskFrom,
                 Integer defaultExpectedGapDays, Integer followUpDeadlineHours, Integer spendWindowDays,
                 Double spendDeclineRatio) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
    }
  }

  record Result(Optional<HealthPolicy> model, List<UserError> userErrors) {}
}

package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.HealthModelUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.CustomerCatchUp;
import io.customerintel.application.port.out.TenantRepository;
import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Validates a changed health model, stores it, and re-judges the tenant's customers with it. */
public final class HealthModelService implements HealthModelUseCase {
  /** Thirty days: longer than any sensible promise to call back, short enough to catch days typed as hours. */
  static final int MAX_FOLLOW_UP_HOURS = 24 * 30;
  static final int MAX_WINDOW_DAYS = 3650;

  private final TenantRepository tenants;
  private final CustomerCatchUp catchUp;
  private final Clock clock;
  private final TenantDataChanges changes;

  public HealthModelService(TenantRepository tenants, CustomerCatchUp catchUp, Clock clock,
                            TenantDataChanges changes) {
    this.tenants = tenants;
    this.catchUp = catchUp;
    this.clock = clock;
    this.changes = changes;
  }

  @Override
  public CompletionStage<HealthPolicy> current(AuthenticatedTenant tenant) {
    return CompletableFuture.completedFuture(tenant.healthPolicy());
  }

  @Override
  public CompletionStage<Result> configure(Command c) {
    HealthPolicy was = c.tenant().healthPolicy();
    List<FieldProblem> problems = new ArrayList<>();
    double[] weights = {
        weight("recency", c.recencyWeight(), was.recencyWeight(), problems),
        weight("purchaseTrend", c.purchaseTrendWeight(), was.purchaseTrendWeight(), problems),
        weight("surveyAnswers", c.surveyAnswersWeight(), was.surveyAnswersWeight(), problems),
        weight("responseRate", c.responseRateWeight(), was.responseRateWeight(), problems),
        weight("contactRequests", c.contactRequestWeight(), was.contactRequestWeight(), problems),
        weight("probabilityAlive", c.probabilityAliveWeight(), was.probabilityAliveWeight(), problems)};
    if (problems.isEmpty() && Arrays.stream(weights).sum() == 0) {
      problems.add(FieldProblem.of("weights", ProblemCodes.OUT_OF_RANGE, "at least one weight must be positive"));
    }
    int healthy = or(c.healthyFrom(), was.healthyFrom());
    int neutral = or(c.neutralFrom(), was.neutralFrom());
    int atRisk = or(c.atRiskFrom(), was.atRiskFrom());
    if (!(100 >= healthy && healthy > neutral && neutral > atRisk && atRisk >= 0)) {
      problems.add(FieldProblem.of("healthyFrom", ProblemCodes.INVALID_RANGE,
          "band thresholds must descend strictly within 0..100: healthyFrom > neutralFrom > atRiskFrom, got "
              + healthy + ", " + neutral + ", " + atRisk));
    }
    int gap = bounded("defaultExpectedGapDays", c.defaultExpectedGapDays(), was.defaultExpectedGapDays(),
        MAX_WINDOW_DAYS, problems);
    int followUpHours = bounded("followUpDeadlineHours", c.followUpDeadlineHours(),
        (int) Math.max(1, was.followUpDeadline().toHours()), MAX_FOLLOW_UP_HOURS, problems);
    int window = bounded("spendWindowDays", c.spendWindowDays(), was.spendWindowDays(), MAX_WINDOW_DAYS, problems);
    double ratio = c.spendDeclineRatio() == null ? was.spendDeclineRatio() : c.spendDeclineRatio();
    if (!(ratio > 0 && ratio <= 1)) {
      problems.add(FieldProblem.of("spendDeclineRatio", ProblemCodes.OUT_OF_RANGE,
          "spendDeclineRatio must be above 0 and at most 1"));
    }
    if (!problems.isEmpty()) {
      return CompletableFuture.completedFuture(new Result(Optional.empty(),
          problems.stream().map(p -> UserError.of(null, p)).toList()));
    }
    Duration followUp = c.followUpDeadlineHours() == null ? was.followUpDeadline() : Duration.ofHours(followUpHours);
    HealthPolicy model = new HealthPolicy(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5],
        healthy, neutral, atRisk, gap, followUp, window, ratio);
    CustomerRules rules = new CustomerRules(c.tenant().zone(), c.tenant().lifecyclePolicy(), model,
        c.tenant().predictionModel());
    return tenants.saveHealthModel(c.tenant().tenantId(), model)
        .thenCompose(saved -> catchUp.catchUp(c.tenant().tenantId(), rules, clock.instant()))
        .whenComplete((done, failure) -> changes.changed(c.tenant().tenantId()))
        .thenApply(done -> new Result(Optional.of(model), List.of()));
  }

  private static double weight(String name, Double given, double was, List<FieldProblem> problems) {
    if (given == null) {
      return was;
    }
    if (!(given >= 0) || given.isInfinite() || given > 1000) {
      problems.add(new FieldProblem(List.of("weights", name), ProblemCodes.OUT_OF_RANGE,
          "weight " + name + " must be 0 to 1000"));
      return was;
    }
    return given;
  }

  private static int or(Integer given, int was) {
    return given == null ? was : given;
  }

  private static int bounded(String field, Integer given, int was, int max, List<FieldProblem> problems) {
    if (given == null) {
      return was;
    }
    if (given < 1 || given > max) {
      problems.add(FieldProblem.of(field, ProblemCodes.OUT_OF_RANGE, field + " must be 1 to " + max));
      return was;
    }
    return given;
  }
}

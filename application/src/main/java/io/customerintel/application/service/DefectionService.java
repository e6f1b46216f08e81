package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.FindDefectionsUseCase;
import io.customerintel.application.port.in.RecordDefectionUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.DefectionReasonRepository;
import io.customerintel.application.port.out.DefectionRepository;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.IdempotencyKey;
import io.customerintel.domain.validation.InputRules;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Records defections against the tenant's reasons and loads them back. */
public final class DefectionService implements RecordDefectionUseCase, FindDefectionsUseCase {
  private final CustomerRepository customers;
  private final DefectionRepository defections;
  private final DefectionReasonRepository reasons;
  private final RevenueRanking ranking;
  private final Clock clock;
  private final TenantDataChanges changes;

  public DefectionService(CustomerRepository customers, DefectionRepository defections,
                          DefectionReasonRepository reasons, RevenueRanking ranking, Clock clock,
                          TenantDataChanges changes) {
    this.customers = customers;
    this.defections = defections;
    this.reasons = reasons;
    this.ranking = ranking;
    this.clock = clock;
    this.changes = changes;
  }

  @Override
  public CompletionStage<Result> recordDefection(Command command) {
    List<FieldProblem> problems = new ArrayList<>();
    InputRules.key("customerExternalId", command.customerExternalId(), problems);
    InputRules.notInFuture("occurredAt", command.occurredAt(), clock.instant(), problems);
    InputRules.key("reasonCode", command.reasonCode(), problems);
    InputRules.text("detail", command.detail(), InputRules.MAX_TEXT_LENGTH, problems);
    InputRules.text("competitor", command.competitor(), InputRules.MAX_NAME_LENGTH, problems);
    if (command.lostAnnualValue() != null) {
      InputRules.amount("lostAnnualValue", command.lostAnnualValue(), problems);
    }
    Optional<IdempotentRequest> request = IdempotencyKey.parse(IdempotentWrites.FIELD, command.idempotencyKey(),
        problems).map(key -> IdempotentRequest.of(key, "recordDefection", command.customerExternalId(),
            command.occurredAt(), command.reasonCode(), command.detail(), command.competitor(),
            command.lostAnnualValue()));
    if (!problems.isEmpty()) {
      return CompletableFuture.completedFuture(refused(problems));
    }
    var tenantId = command.tenant().tenantId();
    return customers.byExternalId(tenantId, command.customerExternalId())
        .thenCombine(reasons.all(tenantId), (customer, known) -> {
          if (customer.isEmpty()) {
            problems.add(FieldProblem.of("customerExternalId", ProblemCodes.UNKNOWN_CUSTOMER,
                "no customer with externalId '" + command.customerExternalId() + "'"));
          }
          if (known.stream().map(DefectionReason::code).noneMatch(command.reasonCode()::equals)) {
            problems.add(FieldProblem.of("reasonCode", ProblemCodes.UNKNOWN_REASON,
                "no defection reason with code '" + command.reasonCode() + "'; see defectionReasons"));
          }
          return customer;
        })
        .thenCompose(customer -> {
          if (!problems.isEmpty()) {
            return CompletableFuture.completedFuture(refused(problems));
          }
          // the tier is relative to all the tenant's customers, so it is kept as it was when the customer left
          return ranking.thresholds(tenantId).thenCompose(thresholds -> {
            NewDefection defection = new NewDefection(customer.get().id(), command.occurredAt(), command.reasonCode(),
                command.detail(), command.competitor(), command.lostAnnualValue(),
                thresholds.tierOf(customer.get().facts().revenue()));
            return IdempotentWrites.conflictAnswered(
                defections.record(tenantId, defection, command.tenant().rules(), clock.instant(), request)
                    .whenComplete((stored, failure) -> changes.changed(tenantId))
                    .thenApply(stored -> new Result(Optional.of(stored), List.of())),
                problem -> refused(List.of(problem)));
          });
        });
  }

  @Override
  public CompletionStage<Map<DefectionId, Defection>> defectionsByIds(AuthenticatedTenant tenant,
                                                                     Collection<DefectionId> ids) {
    if (ids.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    return defections.byIds(tenant.tenantId(), ids);
  }

  private static Result refused(List<FieldProblem> problems) {
    return new Result(Optional.empty(), problems.stream().map(p -> UserError.of(null, p)).toList());
  }
}

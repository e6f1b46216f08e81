package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.FindDefectionsUseCase;
import io.customerintel.application.port.in.RecordDefectionUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.DefectionReasonRepository;
import io.customerintel.application.port.out.DefectionRepository;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.validation.FieldProblem;
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
  private final Clock clock;

  public DefectionService(CustomerRepository customers, DefectionRepository defections,
                          DefectionReasonRepository reasons, Clock clock) {
    this.customers = customers;
    this.defections = defections;
    this.reasons = reasons;
    this.clock = clock;
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
    if (!problems.isEmpty()) {
      return CompletableFuture.completedFuture(refused(problems));
    }
    var tenantId = command.tenant().tenantId();
    return customers.idsByExternalIds(tenantId, List.of(command.customerExternalId()))
        .thenCombine(reasons.all(tenantId), (ids, known) -> {
          if (!ids.containsKey(command.customerExternalId())) {
            problems.add(FieldProblem.of("customerExternalId", ProblemCodes.UNKNOWN_CUSTOMER,
                "no customer with externalId '" + command.customerExternalId() + "'"));
          }
          if (known.stream().map(DefectionReason::code).noneMatch(command.reasonCode()::equals)) {
            problems.add(FieldProblem.of("reasonCode", ProblemCodes.UNKNOWN_REASON,
                "no defection reason with code '" + command.reasonCode() + "'; see defectionReasons"));
          }
          return ids;
        })
        .thenCompose(ids -> {
          if (!problems.isEmpty()) {
            return CompletableFuture.completedFuture(refused(problems));
          }
          NewDefection defection = new NewDefection(ids.get(command.customerExternalId()), command.occurredAt(),
              command.reasonCode(), command.detail(), command.competitor(), command.lostAnnualValue());
          return defections.record(tenantId, defection, command.tenant().rules(), clock.instant())
              .thenApply(stored -> new Result(Optional.of(stored), List.of()));
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

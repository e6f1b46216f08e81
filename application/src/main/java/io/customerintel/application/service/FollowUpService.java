package io.customerintel.application.service;

import io.customerintel.application.port.in.RecordFollowUpUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.FollowUpRepository;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewFollowUp;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.IdempotencyKey;
import io.customerintel.domain.validation.InputRules;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Validates and records follow-ups; the customer's health sees them at once. */
public final class FollowUpService implements RecordFollowUpUseCase {
  private final CustomerRepository customers;
  private final FollowUpRepository followUps;
  private final Clock clock;
  private final TenantDataChanges changes;

  public FollowUpService(CustomerRepository customers, FollowUpRepository followUps, Clock clock,
                         TenantDataChanges changes) {
    this.customers = customers;
    this.followUps = followUps;
    this.clock = clock;
    this.changes = changes;
  }

  @Override
  public CompletionStage<Result> recordFollowUp(Command command) {
    Instant now = clock.instant();
    List<FieldProblem> problems = new ArrayList<>();
    InputRules.key("customerExternalId", command.customerExternalId(), problems);
    InputRules.notInFuture("at", command.at(), now, problems);
    InputRules.key("by", command.by(), problems);
    InputRules.text("notes", command.notes(), InputRules.MAX_TEXT_LENGTH, problems);
    Optional<IdempotentRequest> request = IdempotencyKey.parse(IdempotentWrites.FIELD, command.idempotencyKey(),
        problems).map(key -> IdempotentRequest.of(key, "recordFollowUp", command.customerExternalId(), command.at(),
            command.by(), command.notes()));
    if (!problems.isEmpty()) {
      return CompletableFuture.completedFuture(refused(problems));
    }
    var tenant = command.tenant();
    return customers.idsByExternalIds(tenant.tenantId(), List.of(command.customerExternalId())).thenCompose(ids -> {
      if (!ids.containsKey(command.customerExternalId())) {
        return CompletableFuture.completedFuture(refused(List.of(FieldProblem.of("customerExternalId",
            ProblemCodes.UNKNOWN_CUSTOMER, "no customer with externalId '" + command.customerExternalId() + "'"))));
      }
      NewFollowUp followUp = new NewFollowUp(ids.get(command.customerExternalId()), command.at(), command.by(),
          command.notes());
      return IdempotentWrites.conflictAnswered(followUps.record(tenant.tenantId(), followUp, tenant.rules(), now,
              request)
          .whenComplete((stored, failure) -> changes.changed(tenant.tenantId()))
          .thenApply(stored -> new Result(Optional.of(stored), List.of())), problem -> refused(List.of(problem)));
    });
  }

  private static Result refused(List<FieldProblem> problems) {
    return new Result(Optional.empty(), problems.stream().map(p -> UserError.of(null, p)).toList());
  }
}

package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.DefineDefectionReasonUseCase;
import io.customerintel.application.port.in.ListDefectionReasonsUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.DefectionReasonRepository;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.ProblemCodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Lists a tenant's defection reasons and lets it define its own. */
public final class DefectionReasonService implements ListDefectionReasonsUseCase, DefineDefectionReasonUseCase {
  private final DefectionReasonRepository reasons;
  private final TenantDataChanges changes;

  public DefectionReasonService(DefectionReasonRepository reasons, TenantDataChanges changes) {
    this.reasons = reasons;
    this.changes = changes;
  }

  @Override
  public CompletionStage<List<DefectionReason>> defectionReasons(AuthenticatedTenant tenant) {
    return reasons.all(tenant.tenantId()).thenApply(all -> {
      List<DefectionReason> sorted = new ArrayList<>(all);
      sorted.sort(Comparator.comparing(DefectionReason::code));
      return sorted;
    });
  }

  @Override
  public CompletionStage<Result> defineDefectionReason(Command command) {
    List<FieldProblem> problems = new ArrayList<>();
    if (command.code() == null || command.code().isEmpty()) {
      problems.add(FieldProblem.of("code", ProblemCodes.REQUIRED, "code must not be empty"));
    } else if (!DefectionReason.CODE.matcher(command.code()).matches()) {
      problems.add(FieldProblem.of("code", ProblemCodes.INVALID_FORMAT,
          "code must be 1 to 64 upper-case letters, digits or underscores, starting with a letter"));
    }
    if (command.label() == null || command.label().isBlank()) {
      problems.add(FieldProblem.of("label", ProblemCodes.REQUIRED, "label must not be empty"));
    } else if (command.label().length() > DefectionReason.MAX_LABEL_LENGTH) {
      problems.add(FieldProblem.of("label", ProblemCodes.TOO_LONG,
          "label must be at most " + DefectionReason.MAX_LABEL_LENGTH + " characters"));
    }
    if (command.category() == null) {
      problems.add(FieldProblem.of("category", ProblemCodes.REQUIRED, "category is required"));
    }
    if (!problems.isEmpty()) {
      return CompletableFuture.completedFuture(
          new Result(Optional.empty(), problems.stream().map(p -> UserError.of(null, p)).toList()));
    }
    DefectionReason reason = new DefectionReason(command.code(), command.label(), command.category(), command.avoidable());
    return reasons.define(command.tenant().tenantId(), reason)
        .whenComplete((stored, failure) -> changes.changed(command.tenant().tenantId()))
        .thenApply(stored -> new Result(Optional.of(stored), List.of()));
  }
}

package io.customerintel.application.service;

import io.customerintel.application.port.in.AssignLossReviewCallsUseCase;
import io.customerintel.application.port.in.RecordCallOutcomeUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.DefectionReasonRepository;
import io.customerintel.application.port.out.LossReviewCalls;
import io.customerintel.application.port.out.LossReviews;
import io.customerintel.domain.lossreview.CallAssignment;
import io.customerintel.domain.lossreview.CallOutcome;
import io.customerintel.domain.lossreview.LossReviewCall;
import io.customerintel.domain.lossreview.LostCustomer;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.validation.InputRules;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Deals the loss review's calls to the executives and records how they went (docs/loss-review.md). */
public final class LossReviewCallService implements AssignLossReviewCallsUseCase, RecordCallOutcomeUseCase {
  private final LossReviews reviews;
  private final LossReviewCalls calls;
  private final DefectionReasonRepository reasons;
  private final TenantDataChanges changes;
  private final Clock clock;

  public LossReviewCallService(LossReviews reviews, LossReviewCalls calls, DefectionReasonRepository reasons,
                               TenantDataChanges changes, Clock clock) {
    this.reviews = reviews;
    this.calls = calls;
    this.reasons = reasons;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public CompletionStage<AssignLossReviewCallsUseCase.Result> assignLossReviewCalls(
      AssignLossReviewCallsUseCase.Command command) {
    List<UserError> problems = problems(command);
    Optional<ReviewMonth> month = ReviewMonth.parse(command.month());
    if (!problems.isEmpty() || month.isEmpty()) {
      return CompletableFuture.completedFuture(new AssignLossReviewCallsUseCase.Result(List.of(), problems));
    }
    TenantId tenantId = command.tenant().tenantId();
    return reviews.startedAt(tenantId, month.get()).thenCompose(started -> started.isEmpty()
        ? CompletableFuture.completedFuture(new AssignLossReviewCallsUseCase.Result(List.of(), List.of(new UserError(
            null, List.of("month"), "the loss review of " + month.get() + " was not started; see startLossReview",
            ProblemCodes.REVIEW_NOT_STARTED))))
        : reviews.lostCustomers(tenantId, month.get(), command.tenant().zone(),
            command.tenant().healthPolicy().followUpDeadline())
            .thenCompose(lost -> calls.ofMonth(tenantId, month.get())
                .thenCompose(held -> calls.called(tenantId,
                        lost.stream().map(l -> l.defection().customerId()).toList())
                    .thenCompose(called -> calls.assign(tenantId, month.get(),
                        deal(command, lost, held, called), clock.instant()))))
            .thenCompose(stored -> calls.ofMonth(tenantId, month.get()))
            .thenApply(all -> new AssignLossReviewCallsUseCase.Result(all.stream()
                .filter(call -> command.executives().contains(call.executive())).toList(), List.of())));
  }

  private static List<CallAssignment> deal(AssignLossReviewCallsUseCase.Command command, List<LostCustomer> lost,
                                           List<LossReviewCall> held,
                                           Set<io.customerintel.domain.customer.CustomerId> called) {
    Map<String, Integer> holding = new HashMap<>();
    held.forEach(call -> holding.merge(call.executive(), 1, Integer::sum));
    return CallAssignment.deal(lost, command.executives(), command.callsPerExecutive(), holding, called);
  }

  private static List<UserError> problems(AssignLossReviewCallsUseCase.Command command) {
    List<UserError> problems = new ArrayList<>();
    if (ReviewMonth.parse(command.month()).isEmpty()) {
      problems.add(new UserError(null, List.of("month"), "month must be written YYYY-MM, such as 2026-06",
          ProblemCodes.INVALID_FORMAT));
    }
    List<String> executives = command.executives();
    if (executives.isEmpty() || executives.size() > CallAssignment.MAX_EXECUTIVES) {
      problems.add(new UserError(null, List.of("executives"), "name 1 to " + CallAssignment.MAX_EXECUTIVES
          + " executives", ProblemCodes.OUT_OF_RANGE));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < executives.size(); i++) {
      String name = executives.get(i);
      if (name == null || name.isBlank()) {
        problems.add(new UserError(i, List.of("executives"), "an executive's name must not be empty",
            ProblemCodes.REQUIRED));
      } else if (name.length() > CallAssignment.MAX_EXECUTIVE_LENGTH) {
        problems.add(new UserError(i, List.of("executives"), "an executive's name must be at most "
            + CallAssignment.MAX_EXECUTIVE_LENGTH + " characters", ProblemCodes.TOO_LONG));
      } else if (!seen.add(name)) {
        problems.add(new UserError(i, List.of("executives"), "'" + name + "' is named twice",
            ProblemCodes.DUPLICATE_IN_BATCH));
      }
    }
    if (command.callsPerExecutive() < CallAssignment.MIN_CALLS || command.callsPerExecutive() > CallAssignment.MAX_CALLS) {
      problems.add(new UserError(null, List.of("callsPerExecutive"), "callsPerExecutive must be "
          + CallAssignment.MIN_CALLS + " to " + CallAssignment.MAX_CALLS, ProblemCodes.OUT_OF_RANGE));
    }
    return problems;
  }

  @Override
  public CompletionStage<RecordCallOutcomeUseCase.Result> recordCallOutcome(RecordCallOutcomeUseCase.Command command) {
    List<UserError> problems = new ArrayList<>();
    if (!command.reached() && (command.confirmedReasonCode() != null || command.wouldConsiderReturning() != null)) {
      problems.add(new UserError(null, List.of(command.confirmedReasonCode() != null ? "confirmedReasonCode"
          : "wouldConsiderReturning"), "only a customer who was reached confirms a reason or answers",
          ProblemCodes.NOT_REACHED));
    }
    if (command.notes() != null && command.notes().length() > InputRules.MAX_TEXT_LENGTH) {
      problems.add(new UserError(null, List.of("notes"), "notes must be at most " + InputRules.MAX_TEXT_LENGTH
          + " characters", ProblemCodes.TOO_LONG));
    }
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    TenantId tenantId = command.tenant().tenantId();
    return reasons.all(tenantId).thenCombine(calls.byId(tenantId, command.callId()), (known, call) -> {
      if (call.isEmpty()) {
        problems.add(new UserError(null, List.of("callId"), "no loss-review call with this id", ProblemCodes.NOT_FOUND));
      }
      if (command.confirmedReasonCode() != null && known.stream()
          .noneMatch(reason -> reason.code().equals(command.confirmedReasonCode()))) {
        problems.add(new UserError(null, List.of("confirmedReasonCode"), "no defection reason with code '"
            + command.confirmedReasonCode() + "'; see defectionReasons", ProblemCodes.UNKNOWN_REASON));
      }
      return call;
    }).thenCompose(call -> problems.isEmpty() ? record(tenantId, command) : refused(problems));
  }

  private CompletionStage<RecordCallOutcomeUseCase.Result> record(TenantId tenantId,
                                                                 RecordCallOutcomeUseCase.Command command) {
    CallOutcome outcome = new CallOutcome(command.reached(), command.confirmedReasonCode(),
        command.wouldConsiderReturning(), command.notes(), clock.instant());
    return calls.recordOutcome(tenantId, command.callId(), outcome)
        .whenComplete((stored, failure) -> changes.changed(tenantId))
        .thenApply(stored -> stored.outcome().orElseThrow().sameAnswers(outcome)
            ? new RecordCallOutcomeUseCase.Result(Optional.of(stored), List.of())
            : new RecordCallOutcomeUseCase.Result(Optional.empty(), List.of(new UserError(null, List.of("callId"),
                "the call's outcome was already recorded differently", ProblemCodes.ALREADY_CLOSED))));
  }

  private static CompletionStage<RecordCallOutcomeUseCase.Result> refused(List<UserError> problems) {
    return CompletableFuture.completedFuture(new RecordCallOutcomeUseCase.Result(Optional.empty(), problems));
  }
}

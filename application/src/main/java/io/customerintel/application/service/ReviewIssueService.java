package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.ReviewIssuesUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.DefectionReasonRepository;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.LossReviews;
import io.customerintel.application.port.out.ReviewIssues;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.lossreview.IssueEntry;
import io.customerintel.domain.lossreview.IssueStatus;
import io.customerintel.domain.lossreview.ReviewIssue;
import io.customerintel.domain.lossreview.ReviewIssueId;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.IdempotencyKey;
import io.customerintel.domain.validation.InputRules;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** The issues of the loss reviews: raised in a month, carried over until resolved, with their history. */
public final class ReviewIssueService implements ReviewIssuesUseCase {
  private final LossReviews reviews;
  private final ReviewIssues issues;
  private final DefectionReasonRepository reasons;
  private final Clock clock;

  public ReviewIssueService(LossReviews reviews, ReviewIssues issues, DefectionReasonRepository reasons, Clock clock) {
    this.reviews = reviews;
    this.issues = issues;
    this.reasons = reasons;
    this.clock = clock;
  }

  @Override
  public CompletionStage<Result> raiseReviewIssue(Raise command) {
    List<UserError> problems = new ArrayList<>();
    Optional<ReviewMonth> month = ReviewMonth.parse(command.month());
    if (month.isEmpty()) {
      problems.add(error(null, "month", "month must be written YYYY-MM, such as 2026-06", ProblemCodes.INVALID_FORMAT));
    }
    name(problems, "title", command.title(), ReviewIssue.MAX_TITLE_LENGTH);
    name(problems, "owner", command.owner(), ReviewIssue.MAX_OWNER_LENGTH);
    List<String> codes = command.reasonCodes();
    if (codes.isEmpty() || codes.size() > ReviewIssue.MAX_REASONS) {
      problems.add(error(null, "reasonCodes", "name 1 to " + ReviewIssue.MAX_REASONS + " reasons",
          ProblemCodes.OUT_OF_RANGE));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      if (!seen.add(codes.get(i))) {
        problems.add(error(i, "reasonCodes", "'" + codes.get(i) + "' is named twice", ProblemCodes.DUPLICATE_IN_BATCH));
      }
    }
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    var tenantId = command.tenant().tenantId();
    return reasons.all(tenantId).thenCombine(reviews.startedAt(tenantId, month.get()), (known, started) -> {
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        if (known.stream().map(DefectionReason::code).noneMatch(code::equals)) {
          problems.add(error(i, "reasonCodes", "no defection reason with code '" + code + "'; see defectionReasons",
              ProblemCodes.UNKNOWN_REASON));
        }
      }
      if (started.isEmpty()) {
        problems.add(error(null, "month", "the loss review of " + month.get() + " was not started; see startLossReview",
            ProblemCodes.REVIEW_NOT_STARTED));
      }
      return problems;
    }).thenCompose(found -> found.isEmpty()
        ? issues.raise(tenantId, month.get(), command.title(), codes, command.priority(), command.owner(),
            clock.instant()).thenApply(issue -> same(issue, command) ? stored(issue)
            : new Result(Optional.empty(), List.of(error(null, "title", "an issue with this title was raised in "
                + month.get() + " with other details", ProblemCodes.IDEMPOTENCY_CONFLICT))))
        : refused(found));
  }

  private static boolean same(ReviewIssue issue, Raise command) {
    return issue.reasonCodes().equals(command.reasonCodes()) && issue.priority() == command.priority()
        && issue.owner().equals(command.owner());
  }

  @Override
  public CompletionStage<Result> updateReviewIssue(Update command) {
    List<FieldProblem> problems = new ArrayList<>();
    InputRules.text("progressNote", command.progressNote(), InputRules.MAX_TEXT_LENGTH, problems);
    Optional<IdempotentRequest> request = IdempotencyKey.parse(IdempotentWrites.FIELD, command.idempotencyKey(),
        problems).map(key -> IdempotentRequest.of(key, "updateReviewIssue", command.id().value(), command.status(),
            command.progressNote()));
    if (!problems.isEmpty()) {
      return refused(problems.stream().map(p -> UserError.of(null, p)).toList());
    }
    var tenantId = command.tenant().tenantId();
    return issues.byId(tenantId, command.id()).thenCompose(found -> {
      if (found.isEmpty()) {
        return refused(List.of(error(null, "id", "no review issue with this id", ProblemCodes.NOT_FOUND)));
      }
      if (request.isPresent()) {
        return appendOnce(command, request.get());
      }
      ReviewIssue issue = found.get();
      IssueEntry last = issue.history().get(issue.history().size() - 1);
      if (issue.history().size() > 1 && last.repeats(command.status(), command.progressNote())) {
        // the same update again: a retry, not a second note
        return CompletableFuture.completedFuture(stored(issue));
      }
      if (issue.status() == IssueStatus.RESOLVED) {
        return alreadyClosed();
      }
      Instant now = clock.instant();
      return issues.append(tenantId, command.id(), new IssueEntry(now, command.status(), command.progressNote()),
          resolvedIn(command, now)).thenApply(ReviewIssueService::stored);
    });
  }

  /**
   * With a key the store decides, in the write's transaction: a retry answers the issue even once resolved, a new
   * key on a resolved issue is ALREADY_CLOSED, and the same note under a new key is a new entry.
   */
  private CompletionStage<Result> appendOnce(Update command, IdempotentRequest request) {
    Instant now = clock.instant();
    CompletionStage<Result> appended = issues.append(command.tenant().tenantId(), command.id(),
            new IssueEntry(now, command.status(), command.progressNote()), resolvedIn(command, now), request)
        .thenApply(ReviewIssueService::stored)
        .handle((result, failure) -> {
          Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
          if (cause instanceof UseCaseException refusal && ErrorCodes.CONFLICT.equals(refusal.code())) {
            return alreadyClosed();
          }
          return failure == null ? CompletableFuture.completedFuture(result)
              : CompletableFuture.<Result>failedFuture(cause);
        })
        .thenCompose(Function.identity());
    return IdempotentWrites.conflictAnswered(appended,
        problem -> new Result(Optional.empty(), List.of(UserError.of(null, problem))));
  }

  private static Optional<ReviewMonth> resolvedIn(Update command, Instant now) {
    return command.status() == IssueStatus.RESOLVED
        ? Optional.of(new ReviewMonth(YearMonth.from(now.atZone(command.tenant().zone())))) : Optional.empty();
  }

  private static CompletionStage<Result> alreadyClosed() {
    return refused(List.of(error(null, "id", "the issue is resolved; raise a new one if it comes back",
        ProblemCodes.ALREADY_CLOSED)));
  }

  @Override
  public CompletionStage<Optional<ReviewIssue>> reviewIssue(AuthenticatedTenant tenant, ReviewIssueId id) {
    return issues.byId(tenant.tenantId(), id);
  }

  @Override
  public CompletionStage<List<ReviewIssue>> issuesShownIn(AuthenticatedTenant tenant, ReviewMonth month) {
    return issues.shownIn(tenant.tenantId(), month);
  }

  private static void name(List<UserError> problems, String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      problems.add(error(null, field, field + " must not be empty", ProblemCodes.REQUIRED));
    } else if (value.length() > maxLength) {
      problems.add(error(null, field, field + " must be at most " + maxLength + " characters", ProblemCodes.TOO_LONG));
    }
  }

  private static UserError error(Integer index, String field, String message, String code) {
    return new UserError(index, List.of(field), message, code);
  }

  private static Result stored(ReviewIssue issue) {
    return new Result(Optional.of(issue), List.of());
  }

  private static CompletionStage<Result> refused(List<UserError> problems) {
    return CompletableFuture.completedFuture(new Result(Optional.empty(), problems));
  }
}

package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.StartLossReviewUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.in.ViewLossReviewUseCase;
import io.customerintel.application.port.out.LossReviewCalls;
import io.customerintel.application.port.out.LossReviews;
import io.customerintel.domain.lossreview.LossReview;
import io.customerintel.domain.lossreview.LossReviewCall;
import io.customerintel.domain.lossreview.LossReviewCallId;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The monthly customer-loss review. Only the start is stored; the defections are read at every look, so a defection
 * recorded later for the month joins its review (docs/loss-review.md).
 */
public final class LossReviewService implements StartLossReviewUseCase, ViewLossReviewUseCase {
  private final LossReviews reviews;
  private final LossReviewCalls calls;
  private final Clock clock;

  public LossReviewService(LossReviews reviews, LossReviewCalls calls, Clock clock) {
    this.reviews = reviews;
    this.calls = calls;
    this.clock = clock;
  }

  @Override
  public CompletionStage<Result> startLossReview(StartLossReviewUseCase.Command command) {
    Optional<ReviewMonth> month = ReviewMonth.parse(command.month());
    if (month.isEmpty()) {
      return CompletableFuture.completedFuture(new Result(Optional.empty(), List.of(new UserError(null,
          List.of("month"), "month must be written YYYY-MM, such as 2026-06", ProblemCodes.INVALID_FORMAT))));
    }
    var tenantId = command.tenant().tenantId();
    return reviews.start(tenantId, month.get(), clock.instant())
        .thenCompose(startedAt -> review(command.tenant(), month.get(), startedAt))
        .thenApply(review -> new Result(Optional.of(review), List.of()));
  }

  @Override
  public CompletionStage<Optional<LossReview>> lossReview(ViewLossReviewUseCase.Query query) {
    Optional<ReviewMonth> month = ReviewMonth.parse(query.month());
    if (month.isEmpty()) {
      return CompletableFuture.failedFuture(new UseCaseException(ErrorCodes.BAD_USER_INPUT,
          "month must be written YYYY-MM, such as 2026-06"));
    }
    return reviews.startedAt(query.tenant().tenantId(), month.get())
        .thenCompose(startedAt -> startedAt.isEmpty() ? CompletableFuture.completedFuture(Optional.empty())
            : review(query.tenant(), month.get(), startedAt.get()).thenApply(Optional::of));
  }

  @Override
  public CompletionStage<Optional<LossReviewCall>> lossReviewCall(AuthenticatedTenant tenant, LossReviewCallId id) {
    return calls.byId(tenant.tenantId(), id);
  }

  private CompletionStage<LossReview> review(AuthenticatedTenant tenant, ReviewMonth month, Instant startedAt) {
    return reviews.lostCustomers(tenant.tenantId(), month, tenant.zone())
        .thenCombine(calls.ofMonth(tenant.tenantId(), month), (lost, made) -> LossReview.of(month, startedAt, lost, made));
  }
}

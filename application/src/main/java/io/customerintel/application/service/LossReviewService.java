package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.Connection;
import io.customerintel.application.port.in.Page;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.application.port.out.StartedLossReview;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
  private static final String CURSOR = "lr1:";
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
  public CompletionStage<Connection<LossReview>> lossReviews(AuthenticatedTenant tenant, PageArgs page) {
    Optional<ReviewMonth> after = page.after().map(LossReviewService::decode);
    var tenantId = tenant.tenantId();
    return reviews.startedBefore(tenantId, after, page.first() + 1)
        .thenCombine(reviews.count(tenantId), (started, total) -> {
          List<StartedLossReview> shown = started.subList(0, Math.min(page.first(), started.size()));
          List<CompletableFuture<LossReview>> built = shown.stream()
              .map(s -> review(tenant, s.month(), s.startedAt()).toCompletableFuture()).toList();
          return CompletableFuture.allOf(built.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<Page.Edge<LossReview>> edges = built.stream()
                .map(f -> new Page.Edge<>(encode(f.join().month()), f.join())).toList();
            return new Connection<>(new Page<>(edges, started.size() > page.first(), after.isPresent()), total);
          });
        }).thenCompose(stage -> stage);
  }

  /** Opaque: clients must not build cursors, so the encoding may change. */
  private static String encode(ReviewMonth month) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR + month).getBytes(StandardCharsets.UTF_8));
  }

  private static ReviewMonth decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith(CURSOR)) {
        Optional<ReviewMonth> month = ReviewMonth.parse(raw.substring(CURSOR.length()));
        if (month.isPresent()) {
          return month.get();
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal: every malformed cursor gets the same answer
    }
    throw new UseCaseException(ErrorCodes.INVALID_CURSOR, "the cursor is not one this API issued");
  }

  @Override
  public CompletionStage<Optional<LossReviewCall>> lossReviewCall(AuthenticatedTenant tenant, LossReviewCallId id) {
    return calls.byId(tenant.tenantId(), id);
  }

  private CompletionStage<LossReview> review(AuthenticatedTenant tenant, ReviewMonth month, Instant startedAt) {
    return reviews.lostCustomers(tenant.tenantId(), month, tenant.zone(), tenant.healthPolicy().followUpDeadline())
        .thenCombine(calls.ofMonth(tenant.tenantId(), month), (lost, made) -> LossReview.of(month, startedAt, lost, made));
  }
}

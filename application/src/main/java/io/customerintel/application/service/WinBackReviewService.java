package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.in.WinBackReviewsUseCase;
import io.customerintel.application.port.out.WinBackReviewStore;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.ProblemCodes;
import io.customerintel.domain.winback.ReviewCadence;
import io.customerintel.domain.winback.WinBackKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The review cadence and stamps of the win-back lists, judged in the tenant's calendar. */
public final class WinBackReviewService implements WinBackReviewsUseCase {
  private final WinBackReviewStore reviews;
  private final Clock clock;

  public WinBackReviewService(WinBackReviewStore reviews, Clock clock) {
    this.reviews = reviews;
    this.clock = clock;
  }

  @Override
  public CompletionStage<Status> status(AuthenticatedTenant tenant, WinBackKind kind) {
    return reviews.lastReviewed(tenant.tenantId(), kind)
        .thenCombine(reviews.cadence(tenant.tenantId()), (last, cadence) -> status(tenant, kind, last, cadence));
  }

  @Override
  public CompletionStage<Status> markReviewed(AuthenticatedTenant tenant, WinBackKind kind) {
    return reviews.markReviewed(tenant.tenantId(), kind, clock.instant())
        .thenCompose(stamped -> reviews.cadence(tenant.tenantId())
            .thenApply(cadence -> status(tenant, kind, Optional.of(stamped), cadence)));
  }

  @Override
  public CompletionStage<Configured> configure(AuthenticatedTenant tenant, int reviewCadenceMonths) {
    if (!ReviewCadence.isValid(reviewCadenceMonths)) {
      return CompletableFuture.completedFuture(new Configured(Optional.empty(), List.of(UserError.of(null,
          FieldProblem.of("reviewCadenceMonths", ProblemCodes.OUT_OF_RANGE, "reviewCadenceMonths must be "
              + ReviewCadence.MIN_MONTHS + " to " + ReviewCadence.MAX_MONTHS + ", got " + reviewCadenceMonths)))));
    }
    return reviews.configure(tenant.tenantId(), new ReviewCadence(reviewCadenceMonths))
        .thenApply(stored -> new Configured(Optional.of(stored), List.of()));
  }

  private Status status(AuthenticatedTenant tenant, WinBackKind kind, Optional<Instant> last, ReviewCadence cadence) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), tenant.zone());
    Optional<LocalDate> lastDay = last.map(at -> LocalDate.ofInstant(at, tenant.zone()));
    return new Status(kind, last, cadence.nextDue(lastDay, today), cadence);
  }
}

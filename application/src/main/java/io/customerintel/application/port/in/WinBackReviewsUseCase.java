package io.customerintel.application.port.in;

import io.customerintel.domain.winback.ReviewCadence;
import io.customerintel.domain.winback.WinBackKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The tenant's review cadence of the win-back lists and each list's last review. */
public interface WinBackReviewsUseCase {

  CompletionStage<Status> status(AuthenticatedTenant tenant, WinBackKind kind);

  CompletionStage<Status> markReviewed(AuthenticatedTenant tenant, WinBackKind kind);

  CompletionStage<Configured> configure(AuthenticatedTenant tenant, int reviewCadenceMonths);

  /** A list's review state today: the next review is due the cadence after the last, or today if never reviewed. */
  record Status(WinBackKind kind, Optional<Instant> lastReviewedAt, LocalDate nextReviewDue, ReviewCadence cadence) {}

  record Configured(Optional<ReviewCadence> cadence, List<UserError> userErrors) {}
}

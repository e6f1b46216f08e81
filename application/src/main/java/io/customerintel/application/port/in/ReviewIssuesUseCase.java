package io.customerintel.application.port.in;

import io.customerintel.domain.lossreview.IssuePriority;
import io.customerintel.domain.lossreview.IssueStatus;
import io.customerintel.domain.lossreview.ReviewIssue;
import io.customerintel.domain.lossreview.ReviewIssueId;
import io.customerintel.domain.lossreview.ReviewMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Raises the issues a loss review agreed on and tracks their progress month after month. */
public interface ReviewIssuesUseCase {

  CompletionStage<Result> raiseReviewIssue(Raise command);

  CompletionStage<Result> updateReviewIssue(Update command);

  /** The tenant's issue with this id, or empty. */
  CompletionStage<Optional<ReviewIssue>> reviewIssue(AuthenticatedTenant tenant, ReviewIssueId id);

  /** The issues the month's review shows: raised by then and not resolved before it, the earliest raised first. */
  CompletionStage<List<ReviewIssue>> issuesShownIn(AuthenticatedTenant tenant, ReviewMonth month);

  /** The service checks every field so that each problem is a user error. */
  record Raise(AuthenticatedTenant tenant, String month, String title, List<String> reasonCodes,
               IssuePriority priority, String owner) {
    public Raise {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(priority, "priority");
      reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
    }
  }

  /**
   * idempotencyKey is optional: with one, the key (not the latest entry) tells a retry from a new entry, and the same
   * key again answers the issue as first updated, or IDEMPOTENCY_CONFLICT.
   */
  record Update(AuthenticatedTenant tenant, ReviewIssueId id, IssueStatus status, String progressNote,
                String idempotencyKey) {
    public Update {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(status, "status");
    }

    /** An update sent without an idempotency key. */
    public Update(AuthenticatedTenant tenant, ReviewIssueId id, IssueStatus status, String progressNote) {
      this(tenant, id, status, progressNote, null);
    }
  }

  record Result(Optional<ReviewIssue> issue, List<UserError> userErrors) {}
}

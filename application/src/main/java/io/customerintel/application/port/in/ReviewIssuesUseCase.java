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

  record Update(AuthenticatedTenant tenant, ReviewIssueId id, IssueStatus status, String progressNote) {
    public Update {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(status, "status");
    }
  }

  record Result(Optional<ReviewIssue> issue, List<UserError> userErrors) {}
}

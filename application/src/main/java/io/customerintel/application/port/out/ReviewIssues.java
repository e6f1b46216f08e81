package io.customerintel.application.port.out;

import io.customerintel.domain.lossreview.IssueEntry;
import io.customerintel.domain.lossreview.IssuePriority;
import io.customerintel.domain.lossreview.ReviewIssue;
import io.customerintel.domain.lossreview.ReviewIssueId;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The issues raised in loss reviews and their histories. */
public interface ReviewIssues {

  /** Stores a new OPEN issue; one with the same month and title answers the stored issue instead (a retry). */
  CompletionStage<ReviewIssue> raise(TenantId tenantId, ReviewMonth month, String title, List<String> reasonCodes,
                                     IssuePriority priority, String owner, Instant now);

  CompletionStage<Optional<ReviewIssue>> byId(TenantId tenantId, ReviewIssueId id);

  /** The issues the month's review shows (ReviewIssue.shownIn), the earliest raised first. */
  CompletionStage<List<ReviewIssue>> shownIn(TenantId tenantId, ReviewMonth month);

  /** Appends the entry to an issue not resolved yet; resolvedIn is set with a RESOLVED entry. Answers the issue. */
  CompletionStage<ReviewIssue> append(TenantId tenantId, ReviewIssueId id, IssueEntry entry,
                                      Optional<ReviewMonth> resolvedIn);

  /**
   * Appends the entry once per idempotency key, the key stored in the same transaction: a retry answers the issue
   * as it is, the key with another payload fails with IdempotencyConflictException, and a resolved issue takes no
   * new entry (fails with UseCaseException CONFLICT, the key not stored).
   */
  CompletionStage<ReviewIssue> append(TenantId tenantId, ReviewIssueId id, IssueEntry entry,
                                      Optional<ReviewMonth> resolvedIn, IdempotentRequest request);
}

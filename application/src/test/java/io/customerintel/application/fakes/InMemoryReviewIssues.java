package io.customerintel.application.fakes;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.ReviewIssues;
import io.customerintel.domain.lossreview.IssueEntry;
import io.customerintel.domain.lossreview.IssuePriority;
import io.customerintel.domain.lossreview.IssueStatus;
import io.customerintel.domain.lossreview.ReviewIssue;
import io.customerintel.domain.lossreview.ReviewIssueId;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Loss-review issues in memory. */
public final class InMemoryReviewIssues implements ReviewIssues {
  private record Stored(TenantId tenantId, ReviewIssue issue) {}

  private final List<Stored> issues = new ArrayList<>();
  private final InMemoryKeys keys = new InMemoryKeys();

  @Override
  public CompletionStage<ReviewIssue> raise(TenantId tenantId, ReviewMonth month, String title,
                                            List<String> reasonCodes, IssuePriority priority, String owner,
                                            Instant now) {
    Optional<ReviewIssue> same = issues.stream().filter(s -> s.tenantId().equals(tenantId)
        && s.issue().raisedIn().equals(month) && s.issue().title().equals(title)).map(Stored::issue).findFirst();
    if (same.isPresent()) {
      return CompletableFuture.completedFuture(same.get());
    }
    ReviewIssue issue = new ReviewIssue(new ReviewIssueId(issues.size() + 1L), month, title, reasonCodes, priority,
        owner, Optional.empty(), List.of(new IssueEntry(now, IssueStatus.OPEN, null)));
    issues.add(new Stored(tenantId, issue));
    return CompletableFuture.completedFuture(issue);
  }

  @Override
  public CompletionStage<Optional<ReviewIssue>> byId(TenantId tenantId, ReviewIssueId id) {
    return CompletableFuture.completedFuture(issues.stream()
        .filter(s -> s.tenantId().equals(tenantId) && s.issue().id().equals(id)).map(Stored::issue).findFirst());
  }

  @Override
  public CompletionStage<List<ReviewIssue>> shownIn(TenantId tenantId, ReviewMonth month) {
    return CompletableFuture.completedFuture(issues.stream()
        .filter(s -> s.tenantId().equals(tenantId) && s.issue().shownIn(month)).map(Stored::issue).toList());
  }

  @Override
  public CompletionStage<ReviewIssue> append(TenantId tenantId, ReviewIssueId id, IssueEntry entry,
                                             Optional<ReviewMonth> resolvedIn) {
    for (int i = 0; i < issues.size(); i++) {
      ReviewIssue issue = issues.get(i).issue();
      if (issues.get(i).tenantId().equals(tenantId) && issue.id().equals(id)) {
        List<IssueEntry> history = new ArrayList<>(issue.history());
        history.add(entry);
        ReviewIssue changed = new ReviewIssue(id, issue.raisedIn(), issue.title(), issue.reasonCodes(),
            issue.priority(), issue.owner(), resolvedIn, history);
        issues.set(i, new Stored(tenantId, changed));
        return CompletableFuture.completedFuture(changed);
      }
    }
    return CompletableFuture.failedFuture(new IllegalStateException("no issue " + id));
  }

  @Override
  public CompletionStage<ReviewIssue> append(TenantId tenantId, ReviewIssueId id, IssueEntry entry,
                                             Optional<ReviewMonth> resolvedIn, IdempotentRequest request) {
    return keys.once(tenantId, Optional.of(request), () -> issues.stream()
        .filter(s -> s.tenantId().equals(tenantId) && s.issue().id().equals(id)).findFirst()
        .<CompletionStage<ReviewIssue>>map(s -> s.issue().status() == IssueStatus.RESOLVED
            ? CompletableFuture.failedFuture(new UseCaseException(ErrorCodes.CONFLICT, "resolved"))
            : append(tenantId, id, entry, resolvedIn))
        .orElseGet(() -> CompletableFuture.failedFuture(new IllegalStateException("no issue " + id))))
        // as the store does: a retry answers the issue as it is now
        .thenCompose(answered -> byId(tenantId, id).thenApply(Optional::orElseThrow));
  }
}

package io.customerintel.domain.lossreview;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An issue the executives agreed drives customers away, with its owner and history. It is on the agenda of the month
 * it was raised in and of every later month until it is resolved, the month of its resolution included.
 */
public record ReviewIssue(ReviewIssueId id, ReviewMonth raisedIn, String title, List<String> reasonCodes,
                          IssuePriority priority, String owner, Optional<ReviewMonth> resolvedIn,
                          List<IssueEntry> history) {
  public static final int MAX_TITLE_LENGTH = 200;
  public static final int MAX_OWNER_LENGTH = 100;
  public static final int MAX_REASONS = 20;

  public ReviewIssue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(raisedIn, "raisedIn");
    Objects.requireNonNull(title, "title");
    reasonCodes = List.copyOf(reasonCodes);
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(resolvedIn, "resolvedIn");
    history = List.copyOf(history);
    if (history.isEmpty()) {
      throw new IllegalArgumentException("an issue's history starts when it is raised");
    }
  }

  /** The status of the latest entry. */
  public IssueStatus status() {
    return history.get(history.size() - 1).status();
  }

  /** Whether the month's review shows the issue: raised by then and not resolved before it. */
  public boolean shownIn(ReviewMonth month) {
    return !month.value().isBefore(raisedIn.value())
        && resolvedIn.map(resolved -> !month.value().isAfter(resolved.value())).orElse(true);
  }
}

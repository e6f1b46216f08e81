package io.customerintel.domain.lossreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewIssueTest {
  private static final Instant AT = Instant.parse("2026-03-05T10:00:00Z");

  private static ReviewMonth month(int m) {
    return new ReviewMonth(YearMonth.of(2026, m));
  }

  private static ReviewIssue issue(Optional<ReviewMonth> resolvedIn, IssueStatus... statuses) {
    List<IssueEntry> history = java.util.Arrays.stream(statuses).map(s -> new IssueEntry(AT, s, null)).toList();
    return new ReviewIssue(new ReviewIssueId(1), month(3), "Slow support", List.of("POOR_SERVICE"),
        IssuePriority.HIGH, "ann", resolvedIn, history);
  }

  @Test
  void anOpenIssueCarriesOverToEveryLaterMonth() {
    ReviewIssue open = issue(Optional.empty(), IssueStatus.OPEN, IssueStatus.IN_PROGRESS);

    assertFalse(open.shownIn(month(2)));
    assertTrue(open.shownIn(month(3)));
    assertTrue(open.shownIn(month(12)));
    assertEquals(IssueStatus.IN_PROGRESS, open.status());
  }

  @Test
  void aResolvedIssueIsShownUpToTheMonthItWasResolvedIn() {
    ReviewIssue resolved = issue(Optional.of(month(5)), IssueStatus.OPEN, IssueStatus.RESOLVED);

    assertTrue(resolved.shownIn(month(5)));
    assertFalse(resolved.shownIn(month(6)));
  }
}

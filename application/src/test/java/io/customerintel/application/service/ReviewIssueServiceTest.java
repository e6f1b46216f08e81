package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.fakes.InMemoryLossReviews;
import io.customerintel.application.fakes.InMemoryReviewIssues;
import io.customerintel.application.fakes.MutableClock;
import io.customerintel.application.port.in.ReviewIssuesUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.domain.lossreview.IssueEntry;
import io.customerintel.domain.lossreview.IssuePriority;
import io.customerintel.domain.lossreview.IssueStatus;
import io.customerintel.domain.lossreview.ReviewIssue;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewIssueServiceTest {
  InMemoryLossReviews reviews;
  MutableClock clock;
  ReviewIssueService service;

  @BeforeEach
  void setUp() {
    reviews = new InMemoryLossReviews();
    clock = new MutableClock(NOW);
    service = new ReviewIssueService(reviews, new InMemoryReviewIssues(), new Fakes().reasons, clock);
    await(reviews.start(Fakes.TENANT_ID, month(2), NOW));
  }

  static ReviewMonth month(int m) {
    return new ReviewMonth(YearMonth.of(2025, m));
  }

  ReviewIssuesUseCase.Result raise(String month, String title, List<String> reasons, String owner) {
    return await(service.raiseReviewIssue(new ReviewIssuesUseCase.Raise(tenant(), month, title, reasons,
        IssuePriority.HIGH, owner)));
  }

  ReviewIssuesUseCase.Result update(ReviewIssue issue, IssueStatus status, String note) {
    return await(service.updateReviewIssue(new ReviewIssuesUseCase.Update(tenant(), issue.id(), status, note)));
  }

  static List<String> codes(ReviewIssuesUseCase.Result result) {
    return result.userErrors().stream().map(UserError::code).toList();
  }

  @Test
  void anIssueCarriesOverUntilTheMonthItIsResolvedInWithItsHistory() {
    ReviewIssue issue = raise("2025-02", "Slow support", List.of("POOR_SERVICE"), "ann").issue().orElseThrow();
    update(issue, IssueStatus.IN_PROGRESS, "hired two agents");
    clock.advance(Duration.ofDays(31));
    ReviewIssue resolved = update(issue, IssueStatus.RESOLVED, "answers within a day").issue().orElseThrow();

    assertEquals(List.of(new IssueEntry(NOW, IssueStatus.OPEN, null),
        new IssueEntry(NOW, IssueStatus.IN_PROGRESS, "hired two agents"),
        new IssueEntry(NOW.plus(Duration.ofDays(31)), IssueStatus.RESOLVED, "answers within a day")),
        resolved.history());
    assertEquals(List.of(resolved), await(service.issuesShownIn(tenant(), month(4))));
    assertTrue(await(service.issuesShownIn(tenant(), month(5))).isEmpty());
    assertTrue(await(service.issuesShownIn(tenant(), month(1))).isEmpty());
    assertEquals(resolved, update(issue, IssueStatus.RESOLVED, "answers within a day").issue().orElseThrow());
    assertEquals(List.of(ProblemCodes.ALREADY_CLOSED), codes(update(issue, IssueStatus.OPEN, null)));
  }

  @Test
  void raisingTheSameIssueAgainAnswersTheStoredOne() {
    ReviewIssue first = raise("2025-02", "Slow support", List.of("POOR_SERVICE"), "ann").issue().orElseThrow();

    assertEquals(first, raise("2025-02", "Slow support", List.of("POOR_SERVICE"), "ann").issue().orElseThrow());
    assertEquals(List.of(ProblemCodes.IDEMPOTENCY_CONFLICT),
        codes(raise("2025-02", "Slow support", List.of("POOR_SERVICE"), "bob")));
  }

  @Test
  void badIssuesAreRefusedEachWithItsCode() {
    assertEquals(List.of(ProblemCodes.INVALID_FORMAT, ProblemCodes.REQUIRED, ProblemCodes.TOO_LONG,
            ProblemCodes.DUPLICATE_IN_BATCH),
        codes(raise("02/2025", " ", List.of("POOR_SERVICE", "POOR_SERVICE"), "x".repeat(101))));
    assertEquals(List.of(ProblemCodes.OUT_OF_RANGE), codes(raise("2025-02", "t", List.of(), "ann")));
    assertEquals(List.of(ProblemCodes.UNKNOWN_REASON, ProblemCodes.REVIEW_NOT_STARTED),
        codes(raise("2025-03", "t", List.of("NOPE"), "ann")));
  }

  ReviewIssuesUseCase.Result keyed(ReviewIssue issue, IssueStatus status, String note, String key) {
    return await(service.updateReviewIssue(new ReviewIssuesUseCase.Update(tenant(), issue.id(), status, note, key)));
  }

  @Test
  void withAKeyTheKeyNotTheLatestEntryTellsARetryFromANewNote() {
    ReviewIssue issue = raise("2025-02", "Slow support", List.of("POOR_SERVICE"), "ann").issue().orElseThrow();
    keyed(issue, IssueStatus.IN_PROGRESS, "called", "a");
    keyed(issue, IssueStatus.IN_PROGRESS, "called", "b");
    ReviewIssue retried = keyed(issue, IssueStatus.IN_PROGRESS, "called", "a").issue().orElseThrow();
    assertEquals(3, retried.history().size());
    assertEquals(List.of(ProblemCodes.IDEMPOTENCY_CONFLICT), codes(keyed(issue, IssueStatus.IN_PROGRESS, "emailed",
        "a")));
    assertEquals(List.of(ProblemCodes.INVALID_IDEMPOTENCY_KEY), codes(keyed(issue, IssueStatus.IN_PROGRESS, "x",
        " ")));
  }

  @Test
  void aResolvingUpdateRetriedWithItsKeyAnswersTheIssueAndANewKeyIsAlreadyClosed() {
    ReviewIssue issue = raise("2025-02", "Slow support", List.of("POOR_SERVICE"), "ann").issue().orElseThrow();
    ReviewIssuesUseCase.Result resolved = keyed(issue, IssueStatus.RESOLVED, null, "done");
    assertEquals(resolved, keyed(issue, IssueStatus.RESOLVED, null, "done"));
    assertEquals(List.of(ProblemCodes.ALREADY_CLOSED), codes(keyed(issue, IssueStatus.RESOLVED, null, "again")));
  }
}

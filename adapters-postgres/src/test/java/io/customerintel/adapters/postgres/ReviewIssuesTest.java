package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.ReviewIssues;
import io.customerintel.domain.lossreview.IssueEntry;
import io.customerintel.domain.lossreview.IssuePriority;
import io.customerintel.domain.lossreview.IssueStatus;
import io.customerintel.domain.lossreview.ReviewIssue;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.Tenant;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class ReviewIssuesTest {
  private final PostgresAdapters adapters = PgFixture.adapters();
  private final ReviewIssues issues = adapters.reviewIssues();

  private static ReviewMonth month(int m) {
    return new ReviewMonth(YearMonth.of(2026, m));
  }

  @Test
  void anIssueIsRaisedOnceShownUntilItsResolutionMonthAndKeepsItsHistory() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Instant at = NOW.truncatedTo(ChronoUnit.MILLIS);
    await(adapters.lossReviews().start(tenant.id(), month(3), at));
    ReviewIssue raised = await(issues.raise(tenant.id(), month(3), "Slow support", List.of("POOR_SERVICE",
        "TOO_EXPENSIVE"), IssuePriority.HIGH, "ann", at));
    assertEquals(raised, await(issues.raise(tenant.id(), month(3), "Slow support", List.of("POOR_SERVICE"),
        IssuePriority.LOW, "bob", at.plusSeconds(5))));

    IssueEntry progress = new IssueEntry(at.plusSeconds(10), IssueStatus.IN_PROGRESS, "agents");
    await(issues.append(tenant.id(), raised.id(), progress, Optional.empty()));
    IssueEntry done = new IssueEntry(at.plusSeconds(20), IssueStatus.RESOLVED, null);
    ReviewIssue resolved = await(issues.append(tenant.id(), raised.id(), done, Optional.of(month(5))));
    ReviewIssue late = await(issues.append(tenant.id(), raised.id(),
        new IssueEntry(at.plusSeconds(30), IssueStatus.OPEN, null), Optional.empty()));

    assertEquals(List.of(new IssueEntry(at, IssueStatus.OPEN, null), progress, done), resolved.history());
    assertEquals(resolved, late);
    assertEquals(List.of("POOR_SERVICE", "TOO_EXPENSIVE"), resolved.reasonCodes());
    assertEquals(List.of(), await(issues.shownIn(tenant.id(), month(2))));
    assertEquals(List.of(resolved), await(issues.shownIn(tenant.id(), month(5))));
    assertEquals(List.of(), await(issues.shownIn(tenant.id(), month(6))));
    assertTrue(await(issues.byId(PgFixture.newTenant(adapters).id(), raised.id())).isEmpty());
  }
}

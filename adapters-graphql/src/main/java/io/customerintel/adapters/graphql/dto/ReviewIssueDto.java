package io.customerintel.adapters.graphql.dto;

import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.domain.lossreview.IssueEntry;
import io.customerintel.domain.lossreview.ReviewIssue;
import io.customerintel.domain.lossreview.ReviewMonth;
import java.time.OffsetDateTime;
import java.util.List;

/** The GraphQL ReviewIssue; its reasons are resolved by a loader from the codes kept here. */
public record ReviewIssueDto(String id, String month, String title, List<String> reasonCodes, String priority,
                             String owner, String status, String resolvedMonth, List<EntryDto> history) {

  public static ReviewIssueDto of(ReviewIssue issue) {
    return new ReviewIssueDto(GlobalIds.encode(GlobalIds.REVIEW_ISSUE, issue.id().value()),
        issue.raisedIn().toString(), issue.title(), issue.reasonCodes(), issue.priority().name(), issue.owner(),
        issue.status().name(), issue.resolvedIn().map(ReviewMonth::toString).orElse(null),
        issue.history().stream().map(EntryDto::of).toList());
  }

  /** The GraphQL ReviewIssueEntry. */
  public record EntryDto(OffsetDateTime at, String status, String note) {
    static EntryDto of(IssueEntry entry) {
      return new EntryDto(Times.utc(entry.at()), entry.status().name(), entry.note());
    }
  }
}

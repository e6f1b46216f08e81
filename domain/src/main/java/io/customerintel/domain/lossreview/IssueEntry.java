package io.customerintel.domain.lossreview;

import java.time.Instant;
import java.util.Objects;

/** One step in an issue's history: the status it had from then on, and the note given with it (may be null). */
public record IssueEntry(Instant at, IssueStatus status, String note) {
  public IssueEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(status, "status");
  }

  /** The same status and note, whenever: a retry of this entry. */
  public boolean repeats(IssueStatus otherStatus, String otherNote) {
    return status == otherStatus && Objects.equals(note, otherNote);
  }
}

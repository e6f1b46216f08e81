package io.customerintel.domain.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * When a contact request counts as unanswered: once its deadline has come, unless a follow-up came from the answer up
 * to, not including, the deadline (at the deadline it is late). The rule of the UNANSWERED_CONTACT_REQUEST health
 * signal and of the loss review's missed follow-ups (docs/health.md, docs/loss-review.md).
 */
public record FollowUpDeadline(Duration deadline) {
  public FollowUpDeadline {
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("the follow-up deadline must be positive");
    }
  }

  /** When a request answered at this instant is due. */
  public Instant due(Instant respondedAt) {
    return respondedAt.plus(deadline);
  }

  /** Whether a request answered at {@code respondedAt} stands unanswered at {@code at}, given the follow-ups. */
  public boolean missed(Instant respondedAt, Collection<Instant> followUps, Instant at) {
    Instant due = due(respondedAt);
    return !at.isBefore(due) && followUps.stream().noneMatch(f -> !f.isBefore(respondedAt) && f.isBefore(due));
  }
}

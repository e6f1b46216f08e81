package io.customerintel.domain.followup;

import io.customerintel.domain.survey.SurveyResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact request (a response that wants contact) with no follow-up recorded at or after it: the customer still
 * waits. Any later follow-up closes it, even a late one; the health signal judges lateness (docs/health.md).
 */
public record OpenFollowUp(SurveyResponse request, Instant dueAt, boolean overdue) {
  public OpenFollowUp {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(dueAt, "dueAt");
    if (request.respondedAt() == null || !Boolean.TRUE.equals(request.wantsContact())) {
      throw new IllegalArgumentException("only an answered response that wants contact opens a follow-up");
    }
  }

  /**
   * Due the tenant's follow-up deadline after the answer, like UNANSWERED_CONTACT_REQUEST, and overdue from that
   * instant on: a follow-up exactly at the deadline is already late (health.md).
   */
  public static OpenFollowUp asOf(SurveyResponse request, Duration deadline, Instant now) {
    Instant due = request.respondedAt().plus(deadline);
    return new OpenFollowUp(request, due, !now.isBefore(due));
  }

  public Instant requestedAt() {
    return request.respondedAt();
  }
}

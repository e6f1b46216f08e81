package io.customerintel.domain.followup;

/** Identity of a recorded follow-up. */
public record FollowUpId(long value) {
  public FollowUpId {
    if (value <= 0) {
      throw new IllegalArgumentException("follow-up ids are positive");
    }
  }
}

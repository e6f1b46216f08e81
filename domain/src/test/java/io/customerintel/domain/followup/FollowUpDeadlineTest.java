package io.customerintel.domain.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpDeadlineTest {
  static final FollowUpDeadline TWO_DAYS = new FollowUpDeadline(Duration.ofHours(48));
  static final Instant ASKED = Instant.parse("2026-06-01T10:00:00Z");
  static final Instant DUE = ASKED.plus(Duration.ofHours(48));

  @Test
  void aRequestIsMissedOnceDueWithoutAFollowUpBeforeItsDeadline() {
    assertFalse(TWO_DAYS.missed(ASKED, List.of(), DUE.minusSeconds(1)), "not due yet");
    assertTrue(TWO_DAYS.missed(ASKED, List.of(), DUE), "due at the deadline itself");
    assertFalse(TWO_DAYS.missed(ASKED, List.of(DUE.minusSeconds(1)), DUE.plusSeconds(3600)), "answered in time");
  }

  @Test
  void aFollowUpAtTheDeadlineOrBeforeTheAnswerDoesNotCount() {
    assertTrue(TWO_DAYS.missed(ASKED, List.of(DUE), DUE.plusSeconds(3600)), "at the deadline it is late");
    assertTrue(TWO_DAYS.missed(ASKED, List.of(ASKED.minusSeconds(1)), DUE), "before the answer: another request's");
  }
}

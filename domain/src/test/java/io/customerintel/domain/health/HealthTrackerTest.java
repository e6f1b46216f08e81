package io.customerintel.domain.health;

import static io.customerintel.domain.health.HealthCustomer.customer;
import static io.customerintel.domain.health.HealthCustomer.noon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeping stored health current: new data judged when it arrives, the passing of time replayed exactly. */
class HealthTrackerTest {
  static final HealthTracker TRACKER = new HealthTracker(HealthPolicy.DEFAULT);
  static final LocalDate FIRST = LocalDate.of(2025, 1, 10);

  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  @Test
  void aFirstAssessmentIsAChangeAtNow() {
    HealthCustomer c = customer().boughtOn(FIRST);
    Instant now = noon(FIRST);
    HealthUpdate update = TRACKER.update(c.evidence(), now, null, null, false);
    assertEquals(HealthPolicy.DEFAULT.assess(c.at(now)), update.current());
    assertEquals(List.of(new HealthChange(now, update.current())), update.changes());
  }

  @Test
  void catchingUpRecordsEachChangeAtTheInstantItTookEffect() {
    // one purchase day: recency halves after the default gap (day 91) and the customer is overdue from day 181
    HealthCustomer c = customer().boughtOn(FIRST);
    Instant assessedAt = noon(FIRST);
    HealthAssessment stored = HealthPolicy.DEFAULT.assess(c.at(assessedAt));
    Instant muchLater = noon(FIRST.plusDays(400));

    HealthUpdate update = TRACKER.update(c.evidence(), muchLater, stored, assessedAt, true);

    List<Instant> at = update.changes().stream().map(HealthChange::at).toList();
    assertEquals(List.of(startOf(FIRST.plusDays(91)), startOf(FIRST.plusDays(181))), at);
    assertTrue(update.current().has(SignalCodes.OVERDUE_PURCHASE));
    assertEquals(HealthPolicy.DEFAULT.assess(c.at(muchLater)), update.current());
  }

  @Test
  void aCatchUpThatRunsLateRecordsTheSameLineAsOneThatRanOnTime() {
    HealthCustomer c = customer().boughtOn(FIRST, FIRST.plusDays(20), FIRST.plusDays(40));
    Instant assessedAt = noon(FIRST.plusDays(40));
    HealthAssessment stored = HealthPolicy.DEFAULT.assess(c.at(assessedAt));
    Instant end = noon(FIRST.plusDays(300));

    HealthUpdate late = TRACKER.update(c.evidence(), end, stored, assessedAt, true);

    // the same period walked in daily catch-ups
    HealthAssessment current = stored;
    Instant previousAt = assessedAt;
    List<HealthChange> daily = new java.util.ArrayList<>();
    for (Instant now = assessedAt.plus(Duration.ofDays(1)); !now.isAfter(end); now = now.plus(Duration.ofDays(1))) {
      HealthUpdate step = TRACKER.update(c.evidence(), now, current, previousAt, true);
      daily.addAll(step.changes());
      current = step.current();
      previousAt = now;
    }
    assertEquals(daily, late.changes());
  }

  @Test
  void newDataIsJudgedWhenItArrivesNotReplayedIntoThePast() {
    HealthCustomer c = customer().boughtOn(FIRST);
    Instant assessedAt = noon(FIRST);
    HealthAssessment stored = HealthPolicy.DEFAULT.assess(c.at(assessedAt));
    Instant now = noon(FIRST.plusDays(200));
    c.boughtOn(FIRST.plusDays(200));

    HealthUpdate update = TRACKER.update(c.evidence(), now, stored, assessedAt, false);

    assertEquals(1, update.changes().size());
    assertEquals(now, update.changes().get(0).at());
  }

  @Test
  void anUnchangedReadingRecordsNothing() {
    HealthCustomer c = customer().boughtOn(FIRST);
    Instant assessedAt = noon(FIRST);
    HealthAssessment stored = HealthPolicy.DEFAULT.assess(c.at(assessedAt));
    assertEquals(List.of(), TRACKER.update(c.evidence(), noon(FIRST.plusDays(1)), stored, assessedAt, false).changes());
  }

  @Test
  void theNextChangeIsTheEarlierOfARuleDeadlineAndAnItemStampedAhead() {
    HealthCustomer c = customer().boughtOn(FIRST);
    Instant now = noon(FIRST);
    assertEquals(Optional.of(startOf(FIRST.plusDays(91))), TRACKER.update(c.evidence(), now, null, null, false).nextChange());

    // a survey answer stamped two hours ahead of our clock (a sender's clock runs fast) counts from then on
    Instant ahead = now.plus(Duration.ofHours(2));
    c.askedForContactAt(ahead);
    HealthUpdate update = TRACKER.update(c.evidence(), now, null, null, false);
    assertEquals(Optional.of(ahead.minusSeconds(3600)), update.nextChange(), "the invitation, sent an hour before");
    assertFalse(update.current().has(SignalCodes.UNANSWERED_CONTACT_REQUEST));
  }

  @Test
  void aRecordedContactRequestBecomesUnansweredAtItsDeadline() {
    HealthCustomer c = customer().boughtOn(FIRST);
    Instant asked = noon(FIRST.plusDays(5));
    c.askedForContactAt(asked);
    Instant now = asked.plusSeconds(60);
    HealthUpdate update = TRACKER.update(c.evidence(), now, null, null, false);
    assertEquals(Optional.of(asked.plus(Duration.ofDays(2))), update.nextChange());
    HealthUpdate later = TRACKER.update(c.evidence(), asked.plus(Duration.ofDays(3)), update.current(), now, true);
    assertEquals(asked.plus(Duration.ofDays(2)), later.changes().get(0).at());
    assertTrue(later.current().has(SignalCodes.UNANSWERED_CONTACT_REQUEST));
  }
}

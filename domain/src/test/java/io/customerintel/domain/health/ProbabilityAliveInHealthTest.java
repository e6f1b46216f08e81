package io.customerintel.domain.health;

import static io.customerintel.domain.health.HealthCustomer.customer;
import static io.customerintel.domain.health.HealthCustomer.noon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A fitted model's probability alive as one weighted health component, counted in steps and kept current. */
class ProbabilityAliveInHealthTest {
  static final LocalDate FIRST = LocalDate.of(2025, 1, 10);
  /** Falls by 1% a day after the last purchase day: easy to reason about, never rises with time. */
  static final AliveEstimate ONE_PERCENT_A_DAY = (days, today) -> Math.max(0,
      1 - 0.01 * ChronoUnit.DAYS.between(days.get(days.size() - 1).day(), today));
  /** Only probability alive counts, so the score is its step times 100. */
  static final HealthPolicy ALIVE_ONLY = new HealthPolicy(0, 0, 0, 0, 0, 1, 70, 50, 30, 90,
      java.time.Duration.ofDays(2), 90, 0.5);

  static HealthInputs with(HealthInputs inputs, AliveEstimate alive) {
    return new HealthInputs(inputs.purchaseDays(), inputs.surveyResponses(), inputs.followUps(), inputs.now(),
        inputs.zone(), alive);
  }

  @Test
  void withoutAModelProbabilityAliveIsNoComponent() {
    HealthInputs inputs = customer().boughtOn(FIRST).at(noon(FIRST.plusDays(10)));
    assertEquals(HealthPolicy.NO_EVIDENCE_SCORE, ALIVE_ONLY.assess(inputs).score());
  }

  @Test
  void theComponentCountsProbabilityAliveRoundedDownToATwentieth() {
    // 13 days after the purchase: 0.87, counted as 0.85
    HealthInputs inputs = with(customer().boughtOn(FIRST).at(noon(FIRST.plusDays(13))), ONE_PERCENT_A_DAY);
    assertEquals(85, ALIVE_ONLY.assess(inputs).score());
    assertEquals(0.85, HealthPolicy.aliveStep(0.87), 1e-12);
    assertEquals(1.0, HealthPolicy.aliveStep(1.0), 1e-12);
  }

  @Test
  void aProspectHasNoProbabilityAliveEvenWithAModel() {
    HealthInputs inputs = with(customer().at(noon(FIRST)), ONE_PERCENT_A_DAY);
    assertEquals(null, inputs.probabilityAlive());
    assertEquals(HealthPolicy.NO_EVIDENCE_SCORE, ALIVE_ONLY.assess(inputs).score());
  }

  @Test
  void theNextChangeIsTheDayTheCountedStepFalls() {
    // 0.87 today (day 13) counts as 0.85; day 16 gives 0.84, the first day below 0.85
    HealthInputs inputs = with(customer().boughtOn(FIRST).at(noon(FIRST.plusDays(13))), ONE_PERCENT_A_DAY);
    assertEquals(Optional.of(FIRST.plusDays(16).atStartOfDay(ZoneOffset.UTC).toInstant()),
        ALIVE_ONLY.nextChange(inputs));
  }

  @Test
  void aProbabilityThatNoLongerFallsBringsNoChangeOfItsOwn() {
    HealthInputs without = customer().boughtOn(FIRST).at(noon(FIRST.plusDays(13)));
    HealthInputs flat = with(without, (days, today) -> 0.5);
    // only the purchase rules' own change (overdue after 180 days) is left
    assertEquals(ALIVE_ONLY.nextChange(without), ALIVE_ONLY.nextChange(flat));
  }

  @Test
  void aZeroWeightLeavesTheScoreAndItsChangesAlone() {
    HealthPolicy zero = new HealthPolicy(0.3, 0.2, 0.25, 0.1, 0.15, 0, 70, 50, 30, 90, java.time.Duration.ofDays(2),
        90, 0.5);
    HealthInputs without = customer().boughtOn(FIRST).at(noon(FIRST.plusDays(13)));
    HealthInputs withModel = with(without, ONE_PERCENT_A_DAY);
    assertEquals(zero.assess(without), zero.assess(withModel));
    assertEquals(zero.nextChange(without), zero.nextChange(withModel));
  }

  @Test
  void theDefaultModelWeighsProbabilityAliveOnceAModelExists() {
    assertTrue(HealthPolicy.DEFAULT.probabilityAliveWeight() > 0);
    HealthInputs without = customer().boughtOn(FIRST).at(noon(FIRST.plusDays(60)));
    HealthInputs withModel = with(without, ONE_PERCENT_A_DAY);
    assertTrue(HealthPolicy.DEFAULT.assess(withModel).score() < HealthPolicy.DEFAULT.assess(without).score(),
        "a customer the model thinks 40% alive scores lower than without the model");
  }

  @Test
  void aCatchUpReplaysEachStepAtTheDayItFell() {
    HealthTracker tracker = new HealthTracker(ALIVE_ONLY, ONE_PERCENT_A_DAY);
    HealthCustomer c = customer().boughtOn(FIRST);
    Instant assessedAt = noon(FIRST);
    HealthAssessment stored = ALIVE_ONLY.assess(with(c.at(assessedAt), ONE_PERCENT_A_DAY));

    HealthUpdate update = tracker.update(c.evidence(), noon(FIRST.plusDays(12)), stored, assessedAt, true);

    // 1.00 (100) until day 1 (0.99 -> 95), then 0.94 on day 6 (90), 0.89 on day 11 (85)
    Instant firstDay = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    assertEquals(List.of(1L, 6L, 11L), update.changes().stream()
        .map(change -> ChronoUnit.DAYS.between(firstDay, change.at())).toList());
    assertEquals(List.of(95, 90, 85), update.changes().stream().map(ch -> ch.assessment().score()).toList());
    assertFalse(update.nextChange().isEmpty());
  }

  @Test
  void aNewPurchaseDayRestoresTheProbability() {
    HealthInputs later = with(customer().boughtOn(FIRST, FIRST.plusDays(30)).at(noon(FIRST.plusDays(30))),
        ONE_PERCENT_A_DAY);
    assertEquals(100, ALIVE_ONLY.assess(later).score());
  }
}

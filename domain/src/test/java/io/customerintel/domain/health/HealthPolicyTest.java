package io.customerintel.domain.health;

import static io.customerintel.domain.health.HealthCustomer.customer;
import static io.customerintel.domain.health.HealthCustomer.customerIn;
import static io.customerintel.domain.health.HealthCustomer.noon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The health rules of the default policy: every signal at its boundary, bands, types and nextChange. */
class HealthPolicyTest {
  static final HealthPolicy POLICY = HealthPolicy.DEFAULT;
  static final LocalDate FIRST = LocalDate.of(2024, 1, 10);

  static HealthAssessment assess(HealthInputs inputs) {
    return POLICY.assess(inputs);
  }

  static Optional<RiskSignal> signal(HealthInputs inputs, String code) {
    return assess(inputs).signals().stream().filter(s -> s.code().equals(code)).findFirst();
  }

  static HealthCustomer monthly() {
    HealthCustomer c = customer();
    for (int i = 0; i <= 12; i++) {
      c.boughtOn(FIRST.plusDays(30L * i));
    }
    return c;
  }

  static final LocalDate MONTHLY_LAST = FIRST.plusDays(360);

  @Nested
  class OverduePurchase {
    @Test
    void oneDayBuyerIsOverdueOnlyAfterTwiceTheDefaultGap() {
      HealthCustomer c = customer().boughtOn(FIRST);
      assertFalse(signal(c.on(FIRST.plusDays(179)), SignalCodes.OVERDUE_PURCHASE).isPresent());
      assertFalse(signal(c.on(FIRST.plusDays(180)), SignalCodes.OVERDUE_PURCHASE).isPresent());
      RiskSignal overdue = signal(c.on(FIRST.plusDays(181)), SignalCodes.OVERDUE_PURCHASE).orElseThrow();
      assertEquals(FIRST.plusDays(181).atStartOfDay(ZoneId.of("UTC")).toInstant(), overdue.detectedAt());
    }

    @Test
    void aRegularBuyerIsOverdueAfterTwiceTheirMedianGap() {
      // gaps 10, 10, 40: the one long gap does not stretch the allowance (median 10 → 20 days).
      HealthCustomer c = customer().boughtOn(FIRST, FIRST.plusDays(10), FIRST.plusDays(20), FIRST.plusDays(60));
      LocalDate last = FIRST.plusDays(60);
      assertFalse(signal(c.on(last.plusDays(19)), SignalCodes.OVERDUE_PURCHASE).isPresent());
      assertFalse(signal(c.on(last.plusDays(20)), SignalCodes.OVERDUE_PURCHASE).isPresent());
      assertTrue(signal(c.on(last.plusDays(21)), SignalCodes.OVERDUE_PURCHASE).isPresent());
    }

    @Test
    void anEvenNumberOfGapsUsesTheMeanOfTheMiddleTwo() {
      HealthCustomer c = customer().boughtOn(FIRST, FIRST.plusDays(10), FIRST.plusDays(30));
      LocalDate last = FIRST.plusDays(30);
      assertFalse(signal(c.on(last.plusDays(30)), SignalCodes.OVERDUE_PURCHASE).isPresent());
      assertTrue(signal(c.on(last.plusDays(31)), SignalCodes.OVERDUE_PURCHASE).isPresent());
    }

    @Test
    void theOverdueDayIsACalendarDayInTheTenantZone() {
      ZoneId auckland = ZoneId.of("Pacific/Auckland");
      HealthCustomer c = customerIn(auckland).boughtOn(FIRST);
      RiskSignal overdue = signal(c.on(FIRST.plusDays(200)), SignalCodes.OVERDUE_PURCHASE).orElseThrow();
      assertEquals(FIRST.plusDays(181).atStartOfDay(auckland).toInstant(), overdue.detectedAt());
    }

    @Test
    void prospectsGetNoPurchaseSignals() {
      HealthAssessment a = assess(customer().recommended(noon(FIRST), 10).on(FIRST.plusYears(3)));
      assertEquals(List.of(), a.signals());
      assertEquals(100, a.score());
    }

    @Test
    void someoneWeKnowNothingAboutScoresInTheMiddle() {
      HealthAssessment a = assess(customer().on(FIRST));
      assertEquals(HealthPolicy.NO_EVIDENCE_SCORE, a.score());
      assertEquals(HealthBand.NEUTRAL, a.band());
    }
  }

  @Nested
  class SpendDeclining {
    // 13 purchases of 100, 30 days apart: usual revenue per 90 days = 1300 * 90 / 361 ≈ 324.
    @Test
    void declinesOnTheDayRecentRevenueFallsBelowHalfTheUsual() {
      HealthCustomer c = monthly();
      assertFalse(signal(c.on(MONTHLY_LAST.plusDays(59)), SignalCodes.SPEND_DECLINING).isPresent());
      RiskSignal declining = signal(c.on(MONTHLY_LAST.plusDays(60)), SignalCodes.SPEND_DECLINING).orElseThrow();
      assertEquals(MONTHLY_LAST.plusDays(60).atStartOfDay(ZoneId.of("UTC")).toInstant(), declining.detectedAt());
      assertEquals(declining, signal(c.on(MONTHLY_LAST.plusDays(61)), SignalCodes.SPEND_DECLINING).orElseThrow());
    }

    @Test
    void smallerRecentBasketsDecline() {
      HealthCustomer c = customer();
      for (int i = 0; i < 12; i++) {
        c.bought(FIRST.plusDays(30L * i), i < 9 ? "100" : "10");
      }
      assertTrue(signal(c.on(FIRST.plusDays(330)), SignalCodes.SPEND_DECLINING).isPresent());
    }

    @Test
    void oneDayBuyersAndZeroRevenueAreNotJudged() {
      assertFalse(signal(customer().boughtOn(FIRST).on(FIRST.plusDays(170)), SignalCodes.SPEND_DECLINING).isPresent());
      HealthCustomer free = customer().bought(FIRST, "0").bought(FIRST.plusDays(10), "0");
      assertFalse(signal(free.on(FIRST.plusDays(300)), SignalCodes.SPEND_DECLINING).isPresent());
    }

    @Test
    void aSlowRegularBuyerIsNotDecliningBetweenPurchases() {
      HealthCustomer c = customer().boughtOn(FIRST, FIRST.plusDays(200), FIRST.plusDays(400));
      assertFalse(signal(c.on(FIRST.plusDays(599)), SignalCodes.SPEND_DECLINING).isPresent());
    }
  }

  @Nested
  class SurveyAnswers {
    @Test
    void sixIsADetractorSevenIsNot() {
      assertTrue(signal(customer().recommended(noon(FIRST), 6).on(FIRST), SignalCodes.DETRACTOR).isPresent());
      assertFalse(signal(customer().recommended(noon(FIRST), 7).on(FIRST), SignalCodes.DETRACTOR).isPresent());
      assertTrue(signal(customer().recommended(noon(FIRST), 0).on(FIRST), SignalCodes.DETRACTOR).isPresent());
    }

    @Test
    void onlyTheLatestAnswerCounts() {
      HealthCustomer recovered = customer().recommended(noon(FIRST), 2).recommended(noon(FIRST.plusDays(1)), 9);
      assertFalse(signal(recovered.on(FIRST.plusDays(2)), SignalCodes.DETRACTOR).isPresent());
      HealthCustomer soured = customer().recommended(noon(FIRST), 9).recommended(noon(FIRST.plusDays(1)), 4);
      assertEquals(noon(FIRST.plusDays(1)), signal(soured.on(FIRST.plusDays(2)), SignalCodes.DETRACTOR).orElseThrow().detectedAt());
    }

    @Test
    void aLaterAnswerWithoutTheQuestionKeepsTheEarlierAnswer() {
      HealthCustomer c = customer().answered(noon(FIRST), null, false, false, null)
          .answered(noon(FIRST.plusDays(1)), 10, null, null, null);
      assertTrue(signal(c.on(FIRST.plusDays(2)), SignalCodes.NOT_SATISFIED).isPresent());
      assertTrue(signal(c.on(FIRST.plusDays(2)), SignalCodes.WOULD_NOT_BUY_AGAIN).isPresent());
    }

    @Test
    void satisfiedAndBuyingAgainRaiseNoSignal() {
      HealthAssessment a = assess(customer().answered(noon(FIRST), null, true, true, null).on(FIRST));
      assertTrue(a.signals().isEmpty());
    }
  }

  @Nested
  class ResponseRate {
    static HealthCustomer invitations(boolean... answered) {
      HealthCustomer c = customer();
      for (int i = 0; i < answered.length; i++) {
        Instant at = noon(FIRST.plusDays(i));
        if (answered[i]) {
          c.answered(at, null, null, null, null);
        } else {
          c.invitedAt(at);
        }
      }
      return c;
    }

    @Test
    void fewerAnswersInTheRecentHalfIsFalling() {
      assertTrue(signal(invitations(true, true, true, false).on(FIRST.plusDays(10)),
          SignalCodes.SURVEY_RESPONSE_RATE_FALLING).isPresent());
    }

    @Test
    void anEqualRateIsNotFalling() {
      assertFalse(signal(invitations(true, false, true, false).on(FIRST.plusDays(10)),
          SignalCodes.SURVEY_RESPONSE_RATE_FALLING).isPresent());
    }

    @Test
    void threeInvitationsAreTooFewToJudge() {
      assertFalse(signal(invitations(true, true, false).on(FIRST.plusDays(10)),
          SignalCodes.SURVEY_RESPONSE_RATE_FALLING).isPresent());
    }

    @Test
    void theMiddleOfAnOddNumberBelongsToNeitherHalf() {
      assertFalse(signal(invitations(true, true, false, true, true).on(FIRST.plusDays(10)),
          SignalCodes.SURVEY_RESPONSE_RATE_FALLING).isPresent());
      assertTrue(signal(invitations(true, true, true, false, true).on(FIRST.plusDays(10)),
          SignalCodes.SURVEY_RESPONSE_RATE_FALLING).isPresent());
    }
  }

  @Nested
  class ContactRequests {
    final Instant asked = noon(FIRST);
    final Instant due = asked.plus(Duration.ofDays(2));

    @Test
    void unansweredOnlyOnceTheDeadlinePasses() {
      HealthCustomer c = customer().askedForContactAt(asked);
      assertFalse(signal(c.at(due.minusSeconds(1)), SignalCodes.UNANSWERED_CONTACT_REQUEST).isPresent());
      assertEquals(due, signal(c.at(due), SignalCodes.UNANSWERED_CONTACT_REQUEST).orElseThrow().detectedAt());
      assertTrue(signal(c.at(due.plusSeconds(1)), SignalCodes.UNANSWERED_CONTACT_REQUEST).isPresent());
    }

    @Test
    void aFollowUpJustBeforeTheDeadlineAnswersIt() {
      HealthCustomer c = customer().askedForContactAt(asked).followedUpAt(due.minusSeconds(1));
      assertFalse(signal(c.at(due.plusSeconds(3600)), SignalCodes.UNANSWERED_CONTACT_REQUEST).isPresent());
    }

    @Test
    void aFollowUpAtTheDeadlineIsLate() {
      HealthCustomer c = customer().askedForContactAt(asked).followedUpAt(due);
      assertTrue(signal(c.at(due.plusSeconds(3600)), SignalCodes.UNANSWERED_CONTACT_REQUEST).isPresent());
    }

    @Test
    void aFollowUpBeforeTheRequestDoesNotAnswerIt() {
      HealthCustomer c = customer().followedUpAt(asked.minusSeconds(1)).askedForContactAt(asked);
      assertTrue(signal(c.at(due), SignalCodes.UNANSWERED_CONTACT_REQUEST).isPresent());
    }
  }

  @Nested
  class Bands {
    @Test
    void thresholdsAreInclusiveLowerBounds() {
      assertEquals(HealthBand.HEALTHY, POLICY.bandOf(100));
      assertEquals(HealthBand.HEALTHY, POLICY.bandOf(70));
      assertEquals(HealthBand.NEUTRAL, POLICY.bandOf(69));
      assertEquals(HealthBand.NEUTRAL, POLICY.bandOf(50));
      assertEquals(HealthBand.AT_RISK, POLICY.bandOf(49));
      assertEquals(HealthBand.AT_RISK, POLICY.bandOf(30));
      assertEquals(HealthBand.CRITICAL, POLICY.bandOf(29));
      assertEquals(HealthBand.CRITICAL, POLICY.bandOf(0));
    }

    @Test
    void theScoreIsTheWeightedMeanOfTheComponentsWithEvidence() {
      // recency 0 (overdue, weight 0.30), answers 0.8 (weight 0.25): 100 * 0.2 / 0.55 = 36.
      HealthAssessment a = assess(customer().boughtOn(FIRST).recommended(noon(FIRST), 8).on(FIRST.plusDays(181)));
      assertEquals(36, a.score());
      assertEquals(HealthBand.AT_RISK, a.band());
    }

    @Test
    void aLateButNotOverdueBuyerGetsHalfTheRecencyScore() {
      assertEquals(100, assess(customer().boughtOn(FIRST).on(FIRST.plusDays(90))).score());
      assertEquals(50, assess(customer().boughtOn(FIRST).on(FIRST.plusDays(91))).score());
      assertEquals(0, assess(customer().boughtOn(FIRST).on(FIRST.plusDays(181))).score());
    }
  }

  @Nested
  class Validation {
    static HealthPolicy withWeights(double a, double b, double c, double d, double e, double f) {
      return new HealthPolicy(a, b, c, d, e, f, 70, 50, 30, 90, Duration.ofDays(2), 90, 0.5);
    }

    static HealthPolicy withThresholds(int healthy, int neutral, int atRisk) {
      return new HealthPolicy(1, 1, 1, 1, 1, 0, healthy, neutral, atRisk, 90, Duration.ofDays(2), 90, 0.5);
    }

    @Test
    void weightsMustBeNonNegativeAndNotAllZero() {
      assertThrows(IllegalArgumentException.class, () -> withWeights(-0.1, 1, 1, 1, 1, 0));
      assertThrows(IllegalArgumentException.class, () -> withWeights(0, 0, 0, 0, 0, 0));
      assertThrows(IllegalArgumentException.class, () -> withWeights(Double.NaN, 1, 1, 1, 1, 0));
      assertThrows(IllegalArgumentException.class, () -> withWeights(Double.POSITIVE_INFINITY, 1, 1, 1, 1, 0));
      withWeights(0, 0, 0, 0, 0, 1);
    }

    @Test
    void thresholdsMustDescendStrictlyWithin0To100() {
      assertThrows(IllegalArgumentException.class, () -> withThresholds(70, 70, 30));
      assertThrows(IllegalArgumentException.class, () -> withThresholds(70, 50, 50));
      assertThrows(IllegalArgumentException.class, () -> withThresholds(101, 50, 30));
      assertThrows(IllegalArgumentException.class, () -> withThresholds(70, 50, -1));
      assertThrows(IllegalArgumentException.class, () -> withThresholds(30, 50, 70));
      withThresholds(100, 1, 0);
    }

    @Test
    void windowsDeadlineAndRatioMustBePositive() {
      assertThrows(IllegalArgumentException.class,
          () -> new HealthPolicy(1, 1, 1, 1, 1, 0, 70, 50, 30, 0, Duration.ofDays(2), 90, 0.5));
      assertThrows(IllegalArgumentException.class,
          () -> new HealthPolicy(1, 1, 1, 1, 1, 0, 70, 50, 30, 90, Duration.ZERO, 90, 0.5));
      assertThrows(IllegalArgumentException.class,
          () -> new HealthPolicy(1, 1, 1, 1, 1, 0, 70, 50, 30, 90, Duration.ofDays(2), 0, 0.5));
      assertThrows(IllegalArgumentException.class,
          () -> new HealthPolicy(1, 1, 1, 1, 1, 0, 70, 50, 30, 90, Duration.ofDays(2), 90, 0));
    }

    @Test
    void inputsMayNotLieAfterNow() {
      assertThrows(IllegalArgumentException.class, () -> customer().boughtOn(FIRST.plusDays(1)).on(FIRST));
      assertThrows(IllegalArgumentException.class, () -> customer().followedUpAt(noon(FIRST)).at(noon(FIRST).minusSeconds(1)));
      assertThrows(IllegalArgumentException.class, () -> customer().recommended(noon(FIRST), 5).at(noon(FIRST).minusSeconds(1)));
    }

    @Test
    void anAssessmentOutsideTheRiskBandsHasNoDefectorType() {
      assertThrows(IllegalArgumentException.class,
          () -> new HealthAssessment(80, HealthBand.HEALTHY, List.of(), QuietDefectorType.COLLECTOR));
      assertThrows(IllegalArgumentException.class, () -> new HealthAssessment(101, HealthBand.HEALTHY, List.of(), null));
    }
  }

  @Nested
  class QuietDefectors {
    final LocalDate overdueDay = FIRST.plusDays(200);

    @Test
    void anUnansweredRequestThenSilenceIsAGuesser() {
      HealthAssessment a = assess(customer().boughtOn(FIRST).askedForContactAt(noon(FIRST.plusDays(1))).on(overdueDay));
      assertEquals(HealthBand.CRITICAL, a.band());
      assertEquals(QuietDefectorType.GUESSER, a.quietDefectorType());
    }

    @Test
    void guesserTakesPrecedenceOverDasher() {
      HealthAssessment a = assess(customer().boughtOn(FIRST)
          .answered(noon(FIRST.plusDays(1)), 2, false, null, true).on(overdueDay));
      assertEquals(QuietDefectorType.GUESSER, a.quietDefectorType());
    }

    @Test
    void aBadExperienceThenSilenceIsADasher() {
      HealthAssessment a = assess(customer().boughtOn(FIRST).recommended(noon(FIRST.plusDays(1)), 3).on(overdueDay));
      assertEquals(QuietDefectorType.DASHER, a.quietDefectorType());
    }

    @Test
    void aPassiveWhoDriftsIsSatisfied() {
      HealthAssessment a = assess(customer().boughtOn(FIRST).recommended(noon(FIRST.plusDays(1)), 8).on(overdueDay));
      assertEquals(HealthBand.AT_RISK, a.band());
      assertEquals(QuietDefectorType.SATISFIED, a.quietDefectorType());
    }

    @Test
    void satisfiedButNotBuyingAgainIsSatisfied() {
      HealthAssessment a = assess(customer().boughtOn(FIRST)
          .answered(noon(FIRST.plusDays(1)), null, true, false, null).on(overdueDay));
      assertEquals(QuietDefectorType.SATISFIED, a.quietDefectorType());
    }

    @Test
    void silenceWithoutComplaintIsACollector() {
      HealthCustomer c = customer().boughtOn(FIRST)
          .answered(noon(FIRST.plusDays(1)), null, null, null, null)
          .answered(noon(FIRST.plusDays(2)), null, null, null, null)
          .invitedAt(noon(FIRST.plusDays(3)))
          .invitedAt(noon(FIRST.plusDays(4)));
      HealthAssessment a = assess(c.on(overdueDay));
      assertEquals(QuietDefectorType.COLLECTOR, a.quietDefectorType());
    }

    @Test
    void aHealthyCustomerHasNoTypeEvenWithASignal() {
      HealthAssessment a = assess(monthly().recommended(noon(MONTHLY_LAST), 5).on(MONTHLY_LAST));
      assertTrue(a.has(SignalCodes.DETRACTOR));
      assertEquals(HealthBand.HEALTHY, a.band());
      assertNull(a.quietDefectorType());
    }

    @Test
    void atRiskWithoutAKnownPatternHasNoType() {
      HealthAssessment a = assess(customer().boughtOn(FIRST).on(overdueDay));
      assertEquals(HealthBand.CRITICAL, a.band());
      assertNull(a.quietDefectorType());
    }
  }

  @Nested
  class OverTime {
    static List<HealthCustomer> customers() {
      return List.of(
          customer().boughtOn(FIRST),
          monthly(),
          monthly().recommended(noon(MONTHLY_LAST), 8).askedForContactAt(noon(MONTHLY_LAST.plusDays(3))),
          customer().boughtOn(FIRST, FIRST.plusDays(3), FIRST.plusDays(200)).recommended(noon(FIRST), 9),
          customer().bought(FIRST, "500").bought(FIRST.plusDays(100), "20").bought(FIRST.plusDays(130), "20"),
          customer().askedForContactAt(noon(FIRST)).followedUpAt(noon(FIRST.plusDays(3))));
    }

    // After every customer's last recorded fact, so all inputs are valid from here on.
    static LocalDate latestDay(HealthCustomer c) {
      return MONTHLY_LAST.plusDays(5);
    }

    @Test
    void waitingNeverRaisesTheScore() {
      for (HealthCustomer c : customers()) {
        int previous = 101;
        for (LocalDate day = latestDay(c); day.isBefore(FIRST.plusYears(3)); day = day.plusDays(1)) {
          int score = assess(c.on(day)).score();
          assertTrue(score <= previous, "score rose on " + day);
          previous = score;
        }
      }
    }

    @Test
    void nextChangeIsExactlyWhenTheAssessmentChanges() {
      for (HealthCustomer c : customers()) {
        HealthInputs inputs = c.on(latestDay(c));
        int changes = 0;
        Optional<Instant> next = POLICY.nextChange(inputs);
        while (next.isPresent()) {
          Instant at = next.get();
          assertTrue(at.isAfter(inputs.now()));
          HealthAssessment before = assess(inputs);
          assertEquals(before, assess(inputs.at(at.minusSeconds(1))));
          // no change hides between now and the announced instant
          for (Instant t = inputs.now(); t.isBefore(at); t = t.plus(Duration.ofHours(6))) {
            assertEquals(before, assess(inputs.at(t)), "unannounced change at " + t);
          }
          assertNotEquals(before, assess(inputs.at(at)));
          inputs = inputs.at(at);
          next = POLICY.nextChange(inputs);
          changes++;
        }
        assertEquals(assess(inputs), assess(inputs.at(inputs.now().plus(Duration.ofDays(3000)))));
        assertTrue(changes < 50);
      }
    }

    @Test
    void theOverdueDayIsAnnounced() {
      HealthInputs inputs = customer().boughtOn(FIRST).on(FIRST.plusDays(100));
      Instant overdue = FIRST.plusDays(181).atStartOfDay(ZoneId.of("UTC")).toInstant();
      assertEquals(Optional.of(overdue), POLICY.nextChange(inputs));
      assertFalse(assess(inputs.at(overdue.minusSeconds(1))).has(SignalCodes.OVERDUE_PURCHASE));
      assertTrue(assess(inputs.at(overdue)).has(SignalCodes.OVERDUE_PURCHASE));
    }

    @Test
    void theContactDeadlineIsAnnounced() {
      HealthInputs inputs = customer().askedForContactAt(noon(FIRST)).at(noon(FIRST));
      assertEquals(Optional.of(noon(FIRST).plus(Duration.ofDays(2))), POLICY.nextChange(inputs));
    }

    @Test
    void nothingChangesForAProspectWithoutRequests() {
      assertEquals(Optional.empty(), POLICY.nextChange(customer().recommended(noon(FIRST), 3).on(FIRST)));
    }
  }
}

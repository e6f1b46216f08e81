package io.customerintel.domain.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.analytics.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyEngagementTest {
  private static EngagementCounts rate(long invitations, long responses) {
    return new EngagementCounts(invitations, responses, 0, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void aMoveOfFivePointsOrMoreIsATrendASmallerOneIsFlat() {
    assertEquals(RateTrend.DOWN, RateTrend.between(0.55, 0.50));
    assertEquals(RateTrend.UP, RateTrend.between(0.50, 0.55));
    assertEquals(RateTrend.FLAT, RateTrend.between(0.50, 0.549));
    assertNull(RateTrend.between(null, 0.5));
  }

  @Test
  void measuresAreNullWithoutTheirDenominator() {
    assertNull(EngagementCounts.NONE.responseRate());
    assertNull(EngagementCounts.NONE.netPromoterScore());
    assertNull(EngagementCounts.NONE.shareSatisfied());
    assertNull(EngagementCounts.NONE.shareWouldBuyAgain());
    assertEquals(-100.0, new EngagementCounts(2, 2, 2, 0, 2, 0, 0, 0, 0).netPromoterScore());
  }

  @Test
  void moreResponsesThanInvitationsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> rate(1, 2));
  }

  @Test
  void eachPeriodIsComparedWithThePeriodBeforeItAndTheTotalSumsThemAll() {
    Period june = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    Period july = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
    Period august = new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));
    SurveyEngagement engagement = SurveyEngagement.of(new Period(june.start(), august.end()),
        List.of(june, july, august), List.of(rate(10, 8), rate(10, 5), EngagementCounts.NONE));

    assertNull(engagement.periods().get(0).responseRateTrend());
    assertEquals(RateTrend.DOWN, engagement.periods().get(1).responseRateTrend());
    assertNull(engagement.periods().get(2).responseRateTrend());
    assertEquals(rate(20, 13), engagement.total().counts());
    assertNull(engagement.total().responseRateTrend());
  }
}

package io.customerintel.domain.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.domain.lifecycle.LifecycleStage;
import org.junit.jupiter.api.Test;

/** The trend against 30 days ago, and the AT_RISK stage a health band gives a buying customer. */
class HealthTrendAndStageTest {
  @Test
  void aMoveOfFivePointsIsATrendFourIsNot() {
    assertEquals(HealthTrend.UP, HealthTrend.of(60, 55));
    assertEquals(HealthTrend.FLAT, HealthTrend.of(59, 55));
    assertEquals(HealthTrend.DOWN, HealthTrend.of(50, 55));
    assertEquals(HealthTrend.FLAT, HealthTrend.of(51, 55));
  }

  @Test
  void withoutAnEarlierScoreTheTrendIsFlat() {
    assertEquals(HealthTrend.FLAT, HealthTrend.of(10, null));
  }

  @Test
  void buyingCustomersInTheRiskBandsAreAtRisk() {
    for (LifecycleStage stage : HealthBand.BUYING_STAGES) {
      assertEquals(LifecycleStage.AT_RISK, HealthBand.AT_RISK.applyTo(stage));
      assertEquals(LifecycleStage.AT_RISK, HealthBand.CRITICAL.applyTo(stage));
      assertEquals(stage, HealthBand.NEUTRAL.applyTo(stage));
      assertEquals(stage, HealthBand.HEALTHY.applyTo(stage));
    }
  }

  @Test
  void prospectsAndCustomersWhoLeftKeepTheirStage() {
    for (LifecycleStage stage : new LifecycleStage[] {LifecycleStage.PROSPECT, LifecycleStage.INACTIVE,
        LifecycleStage.LOST}) {
      assertEquals(stage, HealthBand.CRITICAL.applyTo(stage));
    }
  }

  @Test
  void theBandBoundaryDecidesTheStage() {
    HealthPolicy policy = HealthPolicy.DEFAULT;
    assertEquals(LifecycleStage.ACTIVE, policy.bandOf(50).applyTo(LifecycleStage.ACTIVE));
    assertEquals(LifecycleStage.AT_RISK, policy.bandOf(49).applyTo(LifecycleStage.ACTIVE));
  }
}

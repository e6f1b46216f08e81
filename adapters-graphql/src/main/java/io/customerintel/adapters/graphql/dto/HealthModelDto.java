package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.health.HealthPolicy;

/** The GraphQL HealthModel. */
public record HealthModelDto(WeightsDto weights, int healthyFrom, int neutralFrom, int atRiskFrom,
                             int defaultExpectedGapDays, long followUpDeadlineHours, int spendWindowDays,
                             double spendDeclineRatio) {
  public static HealthModelDto of(HealthPolicy p) {
    return new HealthModelDto(new WeightsDto(p.recencyWeight(), p.purchaseTrendWeight(), p.surveyAnswersWeight(),
        p.responseRateWeight(), p.contactRequestWeight(), p.probabilityAliveWeight()), p.healthyFrom(),
        p.neutralFrom(), p.atRiskFrom(), p.defaultExpectedGapDays(), p.followUpDeadline().toHours(),
        p.spendWindowDays(), p.spendDeclineRatio());
  }

  /** The GraphQL HealthWeights. */
  public record WeightsDto(double recency, double purchaseTrend, double surveyAnswers, double responseRate,
                           double contactRequests, double probabilityAlive) {}
}

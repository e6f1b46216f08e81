package io.customerintel.domain.survey;

/**
 * What a set of survey invitations added up to: how many were sent and answered, and the answers to each question.
 * The measures are null where their denominator is zero: no invitations, no answers to that question.
 */
public record EngagementCounts(long invitations, long responses, long recommendAnswers, long promoters,
                               long detractors, long satisfiedAnswers, long satisfied, long wouldBuyAgainAnswers,
                               long wouldBuyAgain) {
  public static final EngagementCounts NONE = new EngagementCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);
  /** Scores 9 and 10 promote, 0 to 6 detract (the Net Promoter convention). */
  public static final int PROMOTER_FROM = 9;
  public static final int DETRACTOR_UP_TO = 6;

  public EngagementCounts {
    if (invitations < 0 || responses < 0 || responses > invitations || promoters + detractors > recommendAnswers
        || satisfied > satisfiedAnswers || wouldBuyAgain > wouldBuyAgainAnswers || promoters < 0 || detractors < 0
        || satisfied < 0 || wouldBuyAgain < 0) {
      throw new IllegalArgumentException("inconsistent engagement counts: " + invitations + "/" + responses);
    }
  }

  public EngagementCounts plus(EngagementCounts other) {
    return new EngagementCounts(invitations + other.invitations, responses + other.responses,
        recommendAnswers + other.recommendAnswers, promoters + other.promoters, detractors + other.detractors,
        satisfiedAnswers + other.satisfiedAnswers, satisfied + other.satisfied,
        wouldBuyAgainAnswers + other.wouldBuyAgainAnswers, wouldBuyAgain + other.wouldBuyAgain);
  }

  /** Answered invitations per invitation, 0..1. */
  public Double responseRate() {
    return share(responses, invitations);
  }

  /** Percent promoters minus percent detractors among recommend answers, -100..100. */
  public Double netPromoterScore() {
    return recommendAnswers == 0 ? null : 100.0 * (promoters - detractors) / recommendAnswers;
  }

  public Double shareSatisfied() {
    return share(satisfied, satisfiedAnswers);
  }

  public Double shareWouldBuyAgain() {
    return share(wouldBuyAgain, wouldBuyAgainAnswers);
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}

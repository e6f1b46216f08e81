package io.customerintel.domain.health;

/** Which way a customer's health moved against the score they had {@link #LOOKBACK_DAYS} days earlier. */
public enum HealthTrend {
  UP,
  DOWN,
  FLAT;

  public static final int LOOKBACK_DAYS = 30;
  /** A smaller move is one component wobbling, not a direction worth showing. */
  public static final int MIN_MOVE = 5;

  /** FLAT when there is no earlier score (the customer was not known then). */
  public static HealthTrend of(int scoreNow, Integer scoreBefore) {
    if (scoreBefore == null || Math.abs(scoreNow - scoreBefore) < MIN_MOVE) {
      return FLAT;
    }
    return scoreNow > scoreBefore ? UP : DOWN;
  }
}

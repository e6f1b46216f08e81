package io.customerintel.domain.survey;

/** Where a period's response rate went against the period before it. */
public enum RateTrend {
  UP, DOWN, FLAT;

  /** A move smaller than this (five percentage points) is noise of a few answers, not a change of mind. */
  public static final double THRESHOLD = 0.05;

  /** Null when either rate is unknown (no invitations). */
  public static RateTrend between(Double previous, Double current) {
    if (previous == null || current == null) {
      return null;
    }
    double change = current - previous;
    // rounded to whole thousandths so 0.55 - 0.50 counts as the five points it is
    long thousandths = Math.round(change * 1000);
    if (thousandths >= Math.round(THRESHOLD * 1000)) {
      return UP;
    }
    return thousandths <= -Math.round(THRESHOLD * 1000) ? DOWN : FLAT;
  }
}

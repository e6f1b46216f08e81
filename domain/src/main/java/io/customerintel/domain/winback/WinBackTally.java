package io.customerintel.domain.winback;

/** Attempts in a period, the distinct customers they reached, and how many of those bought again in the window. */
public record WinBackTally(long attempts, long customersAttempted, long wonBack) {
  public static final WinBackTally NONE = new WinBackTally(0, 0, 0);

  public WinBackTally {
    if (attempts < 0 || customersAttempted < 0 || wonBack < 0 || customersAttempted > attempts
        || wonBack > customersAttempted) {
      throw new IllegalArgumentException("inconsistent tally " + attempts + "/" + customersAttempted + "/" + wonBack);
    }
  }

  /** Won back per customer attempted; null when nobody was attempted (no rate, rather than a rate of zero). */
  public Double winBackRate() {
    return customersAttempted == 0 ? null : (double) wonBack / customersAttempted;
  }
}

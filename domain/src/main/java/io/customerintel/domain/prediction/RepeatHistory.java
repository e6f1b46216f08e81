package io.customerintel.domain.prediction;

/**
 * One customer's purchase history as the count models see it, in model periods: x repeat purchase days
 * (purchase days after the first), t_x the time of the last purchase day since the first, and T the time
 * from the first purchase day to the end of observation.
 */
public record RepeatHistory(int x, double tx, double T) {
  public RepeatHistory {
    if (x < 0 || !Double.isFinite(tx) || !Double.isFinite(T) || tx < 0 || tx > T) {
      throw new IllegalArgumentException("need x >= 0 and 0 <= t_x <= T, got x=" + x + " t_x=" + tx + " T=" + T);
    }
    if (x == 0 && tx != 0) {
      throw new IllegalArgumentException("a customer without repeat purchases has t_x = 0");
    }
    if (x > 0 && tx == 0) {
      throw new IllegalArgumentException("a repeat purchase lies after the first purchase day, so t_x > 0");
    }
  }
}

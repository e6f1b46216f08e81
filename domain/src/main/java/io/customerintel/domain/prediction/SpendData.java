package io.customerintel.domain.prediction;

/**
 * Repeat buyers' spend for the Gamma-Gamma model: per customer the number of repeat purchase days x (> 0)
 * and the mean value of those days (> 0), aggregated into weighted rows like {@link RepeatData}.
 */
public final class SpendData {
  public static Builder builder() {
    return new Builder();
  }

  public int rows() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Total customers (sum of weights). */
  public double customers() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Collects (x, mean spend) pairs; identical pairs are merged. */
  public static final class Builder {
    /** Adds customers with x > 0 repeat purchase days whose mean value per repeat day is meanSpend > 0. */
    public Builder add(int x, double meanSpend, double customers) {
      throw new UnsupportedOperationException("TODO");
    }

    public SpendData build() {
      throw new UnsupportedOperationException("TODO");
    }
  }
}

package io.customerintel.domain.prediction;

/**
 * Repeat buyers' spend for the Gamma-Gamma model: per customer the number of repeat purchase days x (> 0)
 * and the mean value of those days (> 0), aggregated into weighted rows like {@link RepeatData}.
 */
public final class SpendData {
  private final int[] x;
  private final double[] meanSpend;
  private final double[] weight;
  private final double customers;

  private SpendData(int[] x, double[] meanSpend, double[] weight) {
    this.x = x;
    this.meanSpend = meanSpend;
    this.weight = weight;
    double all = 0;
    for (double w : weight) {
      all += w;
    }
    this.customers = all;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int rows() {
    return weight.length;
  }

  /** Total customers (sum of weights). */
  public double customers() {
    return customers;
  }

  /** Repeat purchase days of the customers of a row. */
  public int x(int row) {
    return x[row];
  }

  /** Mean value per repeat purchase day of the customers of a row. */
  public double meanSpend(int row) {
    return meanSpend[row];
  }

  /** Customers in a row. */
  public double weight(int row) {
    return weight[row];
  }

  // The columns themselves, for the likelihood of this package (never handed out publicly).
  int[] xColumn() {
    return x;
  }

  double[] meanSpendColumn() {
    return meanSpend;
  }

  double[] weightColumn() {
    return weight;
  }

  /** Collects (x, mean spend) pairs; identical pairs are merged. */
  public static final class Builder {
    private final WeightedRows rows = new WeightedRows();

    /** Adds customers with x > 0 repeat purchase days whose mean value per repeat day is meanSpend > 0. */
    public Builder add(int x, double meanSpend, double customers) {
      if (x <= 0) {
        throw new IllegalArgumentException("spend is modelled on repeat buyers only (x > 0), got x=" + x);
      }
      if (!(meanSpend > 0) || meanSpend == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("a mean spend must be positive and finite, got " + meanSpend);
      }
      rows.add(x, meanSpend, 0, customers);
      return this;
    }

    public SpendData build() {
      return new SpendData(rows.ks(), rows.us(), rows.weights());
    }
  }
}

package io.customerintel.domain.prediction;

import java.util.Objects;

/**
 * Many customers' histories, aggregated: customers with identical (x, t_x, T) become one weighted row,
 * so a fit evaluates the likelihood once per distinct history instead of once per customer.
 */
public final class RepeatData {
  // Columnar, for tight likelihood loops.
  private final int[] x;
  private final double[] tx;
  private final double[] T;
  private final double[] weight;
  private final double customers;
  private final double repeatCustomers;

  private RepeatData(int[] x, double[] tx, double[] T, double[] weight) {
    this.x = x;
    this.tx = tx;
    this.T = T;
    this.weight = weight;
    double all = 0;
    double repeat = 0;
    for (int row = 0; row < weight.length; row++) {
      all += weight[row];
      if (x[row] > 0) {
        repeat += weight[row];
      }
    }
    this.customers = all;
    this.repeatCustomers = repeat;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Number of distinct rows. */
  public int rows() {
    return weight.length;
  }

  /** Total customers (sum of weights). */
  public double customers() {
    return customers;
  }

  /** Customers with at least one repeat purchase day. */
  public double repeatCustomers() {
    return repeatCustomers;
  }

  public RepeatHistory history(int row) {
    return new RepeatHistory(x[row], tx[row], T[row]);
  }

  public double weight(int row) {
    return weight[row];
  }

  // The columns themselves, shared with the likelihoods of this package (never handed out publicly).
  int[] xColumn() {
    return x;
  }

  double[] txColumn() {
    return tx;
  }

  double[] ageColumn() {
    return T;
  }

  double[] weightColumn() {
    return weight;
  }

  /** Collects histories; identical ones are merged into one weighted row. */
  public static final class Builder {
    private final WeightedRows rows = new WeightedRows();

    /** Adds {@code customers} customers (> 0) with this history. */
    public Builder add(RepeatHistory history, double customers) {
      Objects.requireNonNull(history, "history");
      rows.add(history.x(), history.tx(), history.T(), customers);
      return this;
    }

    public RepeatData build() {
      return new RepeatData(rows.ks(), rows.us(), rows.vs(), rows.weights());
    }
  }
}

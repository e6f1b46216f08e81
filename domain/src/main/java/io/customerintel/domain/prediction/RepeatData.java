package io.customerintel.domain.prediction;

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

  private RepeatData(int[] x, double[] tx, double[] T, double[] weight) {
    this.x = x;
    this.tx = tx;
    this.T = T;
    this.weight = weight;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Number of distinct rows. */
  public int rows() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Total customers (sum of weights). */
  public double customers() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Customers with at least one repeat purchase day. */
  public double repeatCustomers() {
    throw new UnsupportedOperationException("TODO");
  }

  public RepeatHistory history(int row) {
    throw new UnsupportedOperationException("TODO");
  }

  public double weight(int row) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Collects histories; identical ones are merged into one weighted row. */
  public static final class Builder {
    /** Adds {@code customers} customers (> 0) with this history. */
    public Builder add(RepeatHistory history, double customers) {
      throw new UnsupportedOperationException("TODO");
    }

    public RepeatData build() {
      throw new UnsupportedOperationException("TODO");
    }
  }
}

package io.customerintel.adapters.graphql.limits;

/**
 * The verdict on one request before it runs.
 *
 * @param cost    the operation's cost: 0 when it was refused before it could be priced, and the minimum of 1 for a
 *                document that execution will reject (it does not parse, validate or fit its variables)
 * @param refusal why it may not run, or {@code null} when it may
 */
public record Analysis(long cost, Refusal refusal) {
  /** Every request costs at least this much, so that even a flood of trivial or broken ones drains the bucket. */
  public static final long MINIMUM_COST = 1;

  static Analysis priced(long cost) {
    return new Analysis(Math.max(MINIMUM_COST, cost), null);
  }

  /** Left for execution to report in the usual GraphQL error format. */
  static Analysis unpriced() {
    return new Analysis(MINIMUM_COST, null);
  }

  static Analysis refused(Refusal refusal, long cost) {
    return new Analysis(cost, refusal);
  }

  public boolean refused() {
    return refusal != null;
  }
}

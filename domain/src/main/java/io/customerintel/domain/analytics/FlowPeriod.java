package io.customerintel.domain.analytics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One period of customers in vs out. The ledger balances by construction: starting + acquired + won back - lost -
 * lapsed = ending, and no count is ever negative.
 */
public record FlowPeriod(Period period, long startingCustomers, FlowTotals flow, long endingCustomers) {
  public FlowPeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(flow, "flow");
    if (startingCustomers < 0 || endingCustomers < 0) {
      throw new IllegalArgumentException("customer counts must not be negative");
    }
    if (startingCustomers + flow.net() != endingCustomers) {
      throw new IllegalArgumentException("ledger does not balance: " + startingCustomers + " + " + flow.net()
          + " != " + endingCustomers);
    }
  }

  /** Customers who left (lost or lapsed) per customer at the start; 0 when the period started with none. */
  public double churnRate() {
    return startingCustomers == 0 ? 0 : (double) (flow.lost() + flow.lapsed()) / startingCustomers;
  }

  public BigDecimal lostValue() {
    return flow.lostValue();
  }
}

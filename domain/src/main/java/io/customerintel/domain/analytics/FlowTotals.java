package io.customerintel.domain.analytics;

import io.customerintel.domain.flow.FlowEvent;
import io.customerintel.domain.flow.FlowKind;
import java.math.BigDecimal;
import java.util.Objects;

/** What one period of the ledger adds up to: events per kind, value gained with those in, value lost with those out. */
public record FlowTotals(long acquired, long wonBack, long lost, long lapsed, BigDecimal revenueGained,
                         BigDecimal lostValue) {
  public static final FlowTotals NONE = new FlowTotals(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

  public FlowTotals {
    Objects.requireNonNull(revenueGained, "revenueGained");
    Objects.requireNonNull(lostValue, "lostValue");
    if (acquired < 0 || wonBack < 0 || lost < 0 || lapsed < 0) {
      throw new IllegalArgumentException("event counts must not be negative");
    }
  }

  /** Customers in minus customers out. */
  public long net() {
    return acquired + wonBack - lost - lapsed;
  }

  public FlowTotals plus(FlowEvent event) {
    BigDecimal in = event.kind().delta() > 0 ? revenueGained.add(event.value()) : revenueGained;
    BigDecimal out = event.kind().delta() < 0 ? lostValue.add(event.value()) : lostValue;
    return new FlowTotals(acquired + (event.kind() == FlowKind.ACQUIRED ? 1 : 0),
        wonBack + (event.kind() == FlowKind.WON_BACK ? 1 : 0), lost + (event.kind() == FlowKind.LOST ? 1 : 0),
        lapsed + (event.kind() == FlowKind.LAPSED ? 1 : 0), in, out);
  }
}

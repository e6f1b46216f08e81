package io.customerintel.domain.flow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a customer's ledger: on {@code day} they came in or went out. The value is what it meant in money:
 * the revenue of the purchase day that brought them in, or the yearly value the tenant lost with them.
 */
public record FlowEvent(LocalDate day, FlowKind kind, BigDecimal value) {
  public FlowEvent {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("a flow value is never negative");
    }
  }
}

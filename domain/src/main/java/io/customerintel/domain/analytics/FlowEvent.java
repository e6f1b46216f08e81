package io.customerintel.domain.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the customers-in-vs-out ledger: on this tenant-local day a customer came in or went out. value is the
 * revenue they brought on the day they came in, or the value lost with them when they went.
 */
public record FlowEvent(LocalDate day, FlowKind kind, BigDecimal value) {
  public FlowEvent {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("flow value must not be negative");
    }
  }
}

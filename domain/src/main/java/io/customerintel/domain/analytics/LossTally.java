package io.customerintel.domain.analytics;

import java.math.BigDecimal;
import java.util.Objects;

/** How many defections, and the value the tenant lost with them. */
public record LossTally(long customers, BigDecimal lostValue) {
  public static final LossTally NONE = new LossTally(0, BigDecimal.ZERO);

  public LossTally {
    Objects.requireNonNull(lostValue, "lostValue");
    if (customers < 0 || lostValue.signum() < 0) {
      throw new IllegalArgumentException("losses must not be negative");
    }
  }

  public LossTally plus(LossTally other) {
    return new LossTally(customers + other.customers, lostValue.add(other.lostValue));
  }

  /** Same count and the same amount, whatever the scale (10.5 equals 10.500000). */
  public boolean sameAs(LossTally other) {
    return customers == other.customers && lostValue.compareTo(other.lostValue) == 0;
  }
}

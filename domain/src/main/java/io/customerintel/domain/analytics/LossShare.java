package io.customerintel.domain.analytics;

import java.math.BigDecimal;
import java.util.Objects;

/** The defections of one group (a reason, a category, a value tier, a tenure band) and their share of all, 0..1. */
public record LossShare<K>(K key, long customers, BigDecimal lostValue, double share) {
  public LossShare {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lostValue, "lostValue");
    if (customers < 0 || share < 0 || share > 1) {
      throw new IllegalArgumentException("a share must count 0 or more defections and lie in 0..1");
    }
  }

  static <K> LossShare<K> of(K key, LossTally tally, long all) {
    return new LossShare<>(key, tally.customers(), tally.lostValue(), all == 0 ? 0 : (double) tally.customers() / all);
  }
}

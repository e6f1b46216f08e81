package io.customerintel.domain.lossreview;

import java.math.BigDecimal;
import java.util.Objects;

/** How many of a review's defections had one reason, and the yearly value they took with them. */
public record LossReasonCount(String reasonCode, int defections, BigDecimal lostAnnualValue) {
  public LossReasonCount {
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(lostAnnualValue, "lostAnnualValue");
    if (defections < 1) {
      throw new IllegalArgumentException("a reason in a review has at least one defection");
    }
  }
}

package io.customerintel.domain.analytics;

import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.math.BigDecimal;
import java.util.Objects;

/** The customers of one value tier and tenure band: how many, their lifetime revenue, and how many are at risk or lost. */
public record SegmentCell(ValueTier valueTier, TenureBand tenureBand, long customers, BigDecimal revenue, long atRisk,
                          long lost) {
  public SegmentCell {
    Objects.requireNonNull(valueTier, "valueTier");
    Objects.requireNonNull(tenureBand, "tenureBand");
    Objects.requireNonNull(revenue, "revenue");
    if (customers < 0 || atRisk < 0 || lost < 0 || revenue.signum() < 0) {
      throw new IllegalArgumentException("segment figures must not be negative");
    }
    if (atRisk + lost > customers) {
      throw new IllegalArgumentException("a segment cannot have more customers at risk or lost than customers");
    }
  }

  public static SegmentCell empty(ValueTier valueTier, TenureBand tenureBand) {
    return new SegmentCell(valueTier, tenureBand, 0, BigDecimal.ZERO, 0, 0);
  }
}

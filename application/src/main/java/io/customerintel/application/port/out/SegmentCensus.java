package io.customerintel.application.port.out;

import io.customerintel.domain.analytics.SegmentCell;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.value.ValueTierThresholds;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Counts a tenant's customers per value tier and tenure band in one pass, judged on the given day. */
public interface SegmentCensus {
  /**
   * The segments that have customers: tier by {@link ValueTierThresholds#tierOf} of lifetime revenue, band by the
   * days from the first purchase to today, at risk and lost by the stage today.
   */
  CompletionStage<List<SegmentCell>> count(TenantId tenantId, LocalDate today, ValueTierThresholds thresholds);
}

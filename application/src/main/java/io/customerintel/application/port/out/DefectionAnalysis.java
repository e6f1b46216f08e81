package io.customerintel.application.port.out;

import io.customerintel.domain.analytics.DefectionSummary;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.tenant.TenantId;
import java.time.ZoneId;
import java.util.concurrent.CompletionStage;

/** Sums up a tenant's defections over a range of days. */
public interface DefectionAnalysis {
  /**
   * The defections whose instant falls on a day of the range in the zone, each judged as {@link
   * io.customerintel.domain.analytics.CustomerLoss} says; a defection stored without its value tier is given the tier
   * its customer has today (ranking the tenant's customers only when there is such a defection).
   */
  CompletionStage<DefectionSummary> summarize(TenantId tenantId, ZoneId zone, Period range);
}

package io.customerintel.application.port.in;

import io.customerintel.domain.analytics.DefectionPeriod;
import io.customerintel.domain.analytics.DefectionSummary;
import io.customerintel.domain.analytics.Interval;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Who left in a range of days, why, what they were worth, and which tiers and tenures the tenant is losing. */
public interface ViewDefectionSummaryUseCase {

  CompletionStage<DefectionSummary> defectionSummary(Query query);

  /** The summary's defections per calendar period of the interval; refused when the range has too many periods. */
  List<DefectionPeriod> trend(DefectionSummary summary, Interval interval);

  record Query(AuthenticatedTenant tenant, DateRange range) {
    public Query {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(range, "range");
    }
  }
}

package io.customerintel.application.port.in;

import io.customerintel.domain.analytics.FlowPeriod;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.analytics.Period;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Customers in vs out per calendar period: acquired and won back against lost and lapsed, as a balanced ledger. */
public interface ViewCustomerFlowUseCase {

  CompletionStage<List<FlowPeriod>> customerFlow(Query query);

  /** A range in periods of an interval; a range of too many periods is refused here, before any work. */
  record Query(AuthenticatedTenant tenant, DateRange range, Interval interval) {
    public Query {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(interval, "interval");
      range.requirePeriodsAtMost(interval);
    }

    public List<Period> periods() {
      return range.periods(interval);
    }
  }
}

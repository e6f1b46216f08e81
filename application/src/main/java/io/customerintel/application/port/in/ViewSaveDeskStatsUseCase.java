package io.customerintel.application.port.in;

import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.savedesk.SaveDeskStats;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** How the save desk did with the requests made in a range of days: in total, by reason and per period. */
public interface ViewSaveDeskStatsUseCase {

  CompletionStage<SaveDeskStats> saveDeskStats(Query query);

  record Query(AuthenticatedTenant tenant, DateRange range, Interval interval) {
    public Query {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(interval, "interval");
    }
  }
}

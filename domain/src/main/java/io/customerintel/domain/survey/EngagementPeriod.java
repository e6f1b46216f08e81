package io.customerintel.domain.survey;

import io.customerintel.domain.analytics.Period;
import java.util.Objects;

/** The engagement of the invitations sent in one period; trend is null without a comparable period before it. */
public record EngagementPeriod(Period period, EngagementCounts counts, RateTrend responseRateTrend) {
  public EngagementPeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(counts, "counts");
  }
}

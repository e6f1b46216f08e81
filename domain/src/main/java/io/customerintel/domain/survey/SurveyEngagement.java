package io.customerintel.domain.survey;

import io.customerintel.domain.analytics.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Survey engagement per period of a range, and over the whole range. */
public record SurveyEngagement(EngagementPeriod total, List<EngagementPeriod> periods) {
  public SurveyEngagement {
    Objects.requireNonNull(total, "total");
    periods = List.copyOf(periods);
  }

  /**
   * Each period's counts, in order; each period's rate is compared with the one before it (the first period of the
   * range has none, so no trend), and the total has no trend.
   */
  public static SurveyEngagement of(Period range, List<Period> periods, List<EngagementCounts> counts) {
    if (periods.size() != counts.size()) {
      throw new IllegalArgumentException("one count per period");
    }
    List<EngagementPeriod> result = new ArrayList<>();
    EngagementCounts total = EngagementCounts.NONE;
    Double previous = null;
    for (int i = 0; i < periods.size(); i++) {
      EngagementCounts period = counts.get(i);
      result.add(new EngagementPeriod(periods.get(i), period, RateTrend.between(previous, period.responseRate())));
      previous = period.responseRate();
      total = total.plus(period);
    }
    return new SurveyEngagement(new EngagementPeriod(range, total, null), result);
  }
}

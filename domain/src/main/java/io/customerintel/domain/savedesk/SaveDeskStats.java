package io.customerintel.domain.savedesk;

import io.customerintel.domain.analytics.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The save desk's results over days: in total, per reason (most requests first), and per period. */
public record SaveDeskStats(SaveDeskCounts total, List<ReasonCounts> byReason, List<PeriodCounts> periods) {
  public SaveDeskStats {
    byReason = List.copyOf(byReason);
    periods = List.copyOf(periods);
  }

  /** Counts the tallies in total, by reason and into the given periods (every period listed, empty ones too). */
  public static SaveDeskStats of(List<RequestTally> tallies, List<Period> periods) {
    Map<String, List<RequestTally>> byCode = tallies.stream()
        .collect(Collectors.groupingBy(RequestTally::reasonCode, TreeMap::new, Collectors.toList()));
    List<ReasonCounts> reasons = new ArrayList<>();
    byCode.forEach((code, ofReason) -> reasons.add(new ReasonCounts(code, SaveDeskCounts.of(ofReason))));
    reasons.sort((a, b) -> Integer.compare(b.counts().requests(), a.counts().requests()));
    List<PeriodCounts> perPeriod = periods.stream()
        .map(period -> new PeriodCounts(period, SaveDeskCounts.of(tallies.stream()
            .filter(t -> period.contains(t.day())).toList())))
        .toList();
    return new SaveDeskStats(SaveDeskCounts.of(tallies), reasons, perPeriod);
  }

  /** The counts of one reason. */
  public record ReasonCounts(String reasonCode, SaveDeskCounts counts) {}

  /** The counts of one period. */
  public record PeriodCounts(Period period, SaveDeskCounts counts) {}
}

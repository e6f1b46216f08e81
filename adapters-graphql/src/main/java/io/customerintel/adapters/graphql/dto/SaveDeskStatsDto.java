package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.savedesk.SaveDeskCounts;
import io.customerintel.domain.savedesk.SaveDeskStats;
import java.time.LocalDate;
import java.util.List;

/** The GraphQL SaveDeskStats: the counts in total, per reason (its reason resolved by a loader) and per period. */
public record SaveDeskStatsDto(LocalDate from, LocalDate to, int requests, int saved, int lost, int notPursued,
                               int open, Double saveRate, List<ReasonDto> byReason, List<PeriodDto> periods) {

  public static SaveDeskStatsDto of(LocalDate from, LocalDate to, SaveDeskStats stats) {
    SaveDeskCounts c = stats.total();
    return new SaveDeskStatsDto(from, to, c.requests(), c.saved(), c.lost(), c.notPursued(), c.open(), c.saveRate(),
        stats.byReason().stream().map(r -> ReasonDto.of(r.reasonCode(), r.counts())).toList(),
        stats.periods().stream().map(p -> PeriodDto.of(p.period().start(), p.period().end(), p.counts())).toList());
  }

  /** The GraphQL SaveDeskReasonStats. */
  public record ReasonDto(String reasonCode, int requests, int saved, int lost, int notPursued, int open,
                          Double saveRate) {
    static ReasonDto of(String reasonCode, SaveDeskCounts c) {
      return new ReasonDto(reasonCode, c.requests(), c.saved(), c.lost(), c.notPursued(), c.open(), c.saveRate());
    }
  }

  /** The GraphQL SaveDeskPeriodStats. */
  public record PeriodDto(LocalDate from, LocalDate to, int requests, int saved, int lost, int notPursued, int open,
                          Double saveRate) {
    static PeriodDto of(LocalDate from, LocalDate to, SaveDeskCounts c) {
      return new PeriodDto(from, to, c.requests(), c.saved(), c.lost(), c.notPursued(), c.open(), c.saveRate());
    }
  }
}

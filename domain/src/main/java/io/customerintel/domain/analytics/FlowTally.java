package io.customerintel.domain.analytics;

import io.customerintel.domain.flow.FlowEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The ledger's raw sums for consecutive periods: the balance before the first period (every customer in minus every
 * customer out before it) and each period's totals. Rolling it forward gives the periods, each starting where the
 * previous one ended.
 */
public record FlowTally(List<Period> periods, long opening, List<FlowTotals> totals) {
  public FlowTally {
    periods = List.copyOf(periods);
    totals = List.copyOf(totals);
    if (periods.size() != totals.size()) {
      throw new IllegalArgumentException(periods.size() + " periods but " + totals.size() + " totals");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).start().equals(periods.get(i - 1).end().plusDays(1))) {
        throw new IllegalArgumentException("periods must follow each other without gaps: " + periods.get(i - 1)
            + ", " + periods.get(i));
      }
    }
  }

  /** The periods with their starting and ending customers. */
  public List<FlowPeriod> rollForward() {
    List<FlowPeriod> ledger = new ArrayList<>(periods.size());
    long balance = opening;
    for (int i = 0; i < periods.size(); i++) {
      FlowTotals flow = totals.get(i);
      ledger.add(new FlowPeriod(periods.get(i), balance, flow, balance + flow.net()));
      balance += flow.net();
    }
    return ledger;
  }

  /**
   * Reference implementation over single events; the store computes the same sums with one query. Events after
   * today have not happened yet and are left out.
   */
  public static FlowTally of(Collection<FlowEvent> events, List<Period> periods, LocalDate today) {
    Objects.requireNonNull(today, "today");
    if (periods.isEmpty()) {
      return new FlowTally(periods, 0, List.of());
    }
    LocalDate first = periods.get(0).start();
    long opening = 0;
    List<FlowTotals> totals = new ArrayList<>(periods.size());
    periods.forEach(period -> totals.add(FlowTotals.NONE));
    for (FlowEvent event : events) {
      if (event.day().isAfter(today)) {
        continue;
      }
      if (event.day().isBefore(first)) {
        opening += event.kind().delta();
        continue;
      }
      for (int i = 0; i < periods.size(); i++) {
        if (periods.get(i).contains(event.day())) {
          totals.set(i, totals.get(i).plus(event));
          break;
        }
      }
    }
    return new FlowTally(periods, opening, totals);
  }
}

package io.customerintel.domain.lifecycle;

import java.time.LocalDate;
import java.util.List;

/**
 * A customer's stage for every future day, valid until their data changes. Stored with the
 * customer, it lets a query find "who is INACTIVE today" without a nightly batch.
 */
public record LifecycleTimeline(List<StagePeriod> periods) {
  public LifecycleTimeline {
    periods = List.copyOf(periods);
    if (periods.isEmpty() || periods.get(0).from() != null || periods.get(periods.size() - 1).until() != null) {
      throw new IllegalArgumentException("a timeline covers every day");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).from().equals(periods.get(i - 1).until())) {
        throw new IllegalArgumentException("timeline periods must be contiguous");
      }
    }
  }

  public LifecycleStage stageOn(LocalDate day) {
    for (StagePeriod period : periods) {
      if (period.contains(day)) {
        return period.stage();
      }
    }
    throw new IllegalStateException("unreachable: a timeline covers every day");
  }
}

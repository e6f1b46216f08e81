package io.customerintel.adapters.postgres.facts;

import io.customerintel.domain.lifecycle.LifecycleTimeline;
import io.customerintel.domain.lifecycle.StagePeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * A lifecycle timeline as the two customer columns that hold it: the stages in order and the days on which each
 * next one begins. The SQL function stage_on(stages, stage_changes, day) reads them back.
 */
public record TimelineColumns(String[] stages, LocalDate[] changes) {

  public static TimelineColumns of(LifecycleTimeline timeline) {
    List<StagePeriod> periods = timeline.periods();
    String[] stages = new String[periods.size()];
    LocalDate[] changes = new LocalDate[periods.size() - 1];
    for (int i = 0; i < periods.size(); i++) {
      stages[i] = periods.get(i).stage().name();
      if (i > 0) {
        changes[i - 1] = periods.get(i).from();
      }
    }
    return new TimelineColumns(stages, changes);
  }

  /** Postgres text for a text[] value, for passing a column of arrays through unnest. */
  public String stagesLiteral() {
    return "{" + String.join(",", stages) + "}";
  }

  /** Postgres text for a date[] value. */
  public String changesLiteral() {
    StringBuilder literal = new StringBuilder("{");
    for (int i = 0; i < changes.length; i++) {
      literal.append(i == 0 ? "" : ",").append(changes[i]);
    }
    return literal.append('}').toString();
  }
}

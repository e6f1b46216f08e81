package io.customerintel.adapters.postgres.analytics;

import io.customerintel.adapters.postgres.sql.Rows;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant-local day of an instant column, computed in SQL by Java's zone rules rather than the server's time zone
 * database (the days of purchases and the flow ledger are computed in Java too, so the two always agree). The zone's
 * UTC offsets over a span of time, and the instants at which they change, are bound as two arrays.
 */
final class LocalDaysSql {
  private LocalDaysSql() {}

  /** The day of the column; binds the change instants at $first and the offsets in seconds at $first + 1. */
  static String dayOf(String instant, int first) {
    return "((" + instant + " at time zone 'UTC') + ($" + (first + 1) + "::int[])[1 + width_bucket(" + instant
        + ", $" + first + "::timestamptz[])] * interval '1 second')::date";
  }

  /** The offset changes of the zone within [from, until), and the offset before each and after the last. */
  static Object[] args(ZoneId zone, Instant from, Instant until) {
    ZoneRules rules = zone.getRules();
    List<OffsetDateTime> changes = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    offsets.add(rules.getOffset(from).getTotalSeconds());
    for (ZoneOffsetTransition next = rules.nextTransition(from); next != null && next.getInstant().isBefore(until);
         next = rules.nextTransition(next.getInstant())) {
      changes.add(Rows.utc(next.getInstant()));
      offsets.add(next.getOffsetAfter().getTotalSeconds());
    }
    return new Object[] {changes.toArray(OffsetDateTime[]::new), offsets.toArray(Integer[]::new)};
  }
}

package io.customerintel.adapters.postgres.analytics;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.FlowLedger;
import io.customerintel.domain.analytics.FlowTally;
import io.customerintel.domain.analytics.FlowTotals;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.flow.FlowKind;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Sums the flow ledger per period in one range scan of its (tenant, day) index. width_bucket numbers each day by the
 * period whose start it follows: 0 is every day before the first period, whose sum is the opening balance.
 */
public final class PgFlowLedger implements FlowLedger {
  private static final String TALLY = "select width_bucket(e.day, $2::date[]) as period,"
      + " count(*) filter (where e.kind = '" + FlowKind.ACQUIRED + "') as acquired,"
      + " count(*) filter (where e.kind = '" + FlowKind.WON_BACK + "') as won_back,"
      + " count(*) filter (where e.kind = '" + FlowKind.LOST + "') as lost,"
      + " count(*) filter (where e.kind = '" + FlowKind.LAPSED + "') as lapsed,"
      + " coalesce(sum(e.value) filter (where e.kind in ('" + FlowKind.ACQUIRED + "', '" + FlowKind.WON_BACK + "')), 0)"
      + "   as revenue_gained,"
      + " coalesce(sum(e.value) filter (where e.kind in ('" + FlowKind.LOST + "', '" + FlowKind.LAPSED + "')), 0)"
      + "   as lost_value"
      + " from customer_flow_event e where e.tenant_id = $1 and e.day <= $3::date"
      + " group by 1";

  private final Sql sql;

  public PgFlowLedger(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<FlowTally> tally(TenantId tenantId, List<Period> periods, LocalDate today) {
    if (periods.isEmpty()) {
      return CompletableFuture.completedFuture(new FlowTally(periods, 0, List.of()));
    }
    LocalDate[] starts = periods.stream().map(Period::start).toArray(LocalDate[]::new);
    LocalDate last = periods.get(periods.size() - 1).end();
    LocalDate through = today.isBefore(last) ? today : last;
    return sql.runTenantWide(TALLY, Sql.args(tenantId.value(), starts, through)).map(rows -> {
      long opening = 0;
      List<FlowTotals> totals = new ArrayList<>(periods.size());
      periods.forEach(period -> totals.add(FlowTotals.NONE));
      for (Row row : rows) {
        int period = row.getInteger("period");
        FlowTotals sums = new FlowTotals(row.getLong("acquired"), row.getLong("won_back"), row.getLong("lost"),
            row.getLong("lapsed"), row.getBigDecimal("revenue_gained"), row.getBigDecimal("lost_value"));
        if (period == 0) {
          opening = sums.net();
        } else {
          totals.set(period - 1, sums);
        }
      }
      return new FlowTally(periods, opening, totals);
    }).toCompletionStage();
  }
}

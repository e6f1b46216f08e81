package io.customerintel.adapters.postgres.analytics;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.SegmentCensus;
import io.customerintel.domain.analytics.SegmentCell;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import io.customerintel.domain.value.ValueTierThresholds;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The segment matrix in one aggregate over the tenant's customer rows (facts and timeline are on the row). */
public final class PgSegmentCensus implements SegmentCensus {
  /**
   * The planner takes computed grouping keys to have one distinct value in ten rows, so for a large tenant it would
   * sort every customer (on disk) to group them; there are never more than 25 segments, so it is told to hash.
   */
  private static final String HASH_THE_SEGMENTS = "select set_config('enable_sort', 'off', true)";
  private static final String COUNT = "select value_tier, tenure_band, count(*) as customers,"
      + " sum(revenue) as revenue,"
      + " count(*) filter (where stage = 'AT_RISK') as at_risk,"
      + " count(*) filter (where stage = 'LOST') as lost"
      + " from (select c.revenue,"
      + "   " + SegmentSql.tier("c.revenue", 3) + " as value_tier,"
      + "   " + SegmentSql.band("c.first_purchase_day", "$2::date", 6) + " as tenure_band,"
      + "   customer_stage(c.stages, c.stage_changes, $2::date, c.health_band) as stage"
      // the narrow copy of the customer rows the refresh keeps for tenant-wide reads (V2)
      + "   from customer_summary c where c.tenant_id = $1) judged"
      + " group by value_tier, tenure_band";

  private final Sql sql;

  public PgSegmentCensus(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<List<SegmentCell>> count(TenantId tenantId, LocalDate today, ValueTierThresholds thresholds) {
    Tuple args = SegmentSql.append(SegmentSql.append(Sql.args(tenantId.value(), today),
        SegmentSql.tierArgs(thresholds)), SegmentSql.bandArgs());
    return sql.runTenantWide(COUNT, args, HASH_THE_SEGMENTS).map(rows -> {
      List<SegmentCell> cells = new ArrayList<>();
      for (Row row : rows) {
        cells.add(new SegmentCell(ValueTier.valueOf(row.getString("value_tier")),
            TenureBand.valueOf(row.getString("tenure_band")), row.getLong("customers"), row.getBigDecimal("revenue"),
            row.getLong("at_risk"), row.getLong("lost")));
      }
      return cells;
    }).toCompletionStage();
  }
}

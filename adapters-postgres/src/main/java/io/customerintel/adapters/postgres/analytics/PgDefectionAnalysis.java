package io.customerintel.adapters.postgres.analytics;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.DefectionAnalysis;
import io.customerintel.domain.analytics.CustomerLoss;
import io.customerintel.domain.analytics.DefectionDay;
import io.customerintel.domain.analytics.DefectionSummary;
import io.customerintel.domain.analytics.LossTally;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.defection.DefectionCategory;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import io.customerintel.domain.value.ValueTierThresholds;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * A range's defections in one statement over the tenant's (tenant, occurred_at) index: each defection is judged as
 * CustomerLoss says (tier kept with it or the current one, tenure band and lost value as of its day), then summed by
 * reason, tier, band and day with grouping sets.
 */
public final class PgDefectionAnalysis implements DefectionAnalysis {
  private static final String SUMMARIZE = "with dated as ("
      + "  select d.customer_id, d.occurred_at, d.value_tier, d.lost_annual_value, d.reason_code, r.label, r.category,"
      + "   r.avoidable, c.revenue, c.first_purchase_at, c.first_purchase_day,"
      + "   " + LocalDaysSql.dayOf("d.occurred_at", 4) + " as day"
      + "  from defection d"
      + "  join customer c on c.tenant_id = d.tenant_id and c.id = d.customer_id"
      + "  join defection_reason r on r.tenant_id = d.tenant_id and r.code = d.reason_code"
      + "  where d.tenant_id = $1 and d.occurred_at >= $2 and d.occurred_at < $3),"
      + " judged as ("
      + "  select reason_code, label, category, avoidable, day,"
      + "   coalesce(value_tier, " + SegmentSql.tier("revenue", 6) + ") as value_tier,"
      // a first purchase after the defection (or none) is no tenure at defection
      + "   case when first_purchase_at is null or first_purchase_at > occurred_at then 'NONE'"
      + "     else " + SegmentSql.band("first_purchase_day", "day", 9) + " end as tenure_band,"
      + "   coalesce(lost_annual_value, (select sum(p.revenue) from purchase_day p"
      + "     where p.customer_id = dated.customer_id and p.tenant_id = $1"
      + "     and p.day between dated.day - ($12::int - 1) and dated.day), 0) as lost_value"
      + "  from dated)"
      + " select reason_code, label, category, avoidable, value_tier, tenure_band, day, count(*) as customers,"
      + "  sum(lost_value) as lost_value, count(*) filter (where avoidable) as avoidable_count"
      + " from judged"
      + " group by grouping sets ((reason_code, label, category, avoidable), (value_tier), (tenure_band), (day))";

  private final Sql sql;

  public PgDefectionAnalysis(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<DefectionSummary> summarize(TenantId tenantId, ZoneId zone, Period range,
                                                     ValueTierThresholds current) {
    Instant from = range.start().atStartOfDay(zone).toInstant();
    Instant until = range.end().plusDays(1).atStartOfDay(zone).toInstant();
    Tuple args = Sql.args(tenantId.value(), Rows.utc(from), Rows.utc(until));
    SegmentSql.append(args, LocalDaysSql.args(zone, from, until));
    SegmentSql.append(args, SegmentSql.tierArgs(current));
    SegmentSql.append(args, SegmentSql.bandArgs());
    args.addValue(CustomerLoss.LOST_VALUE_WINDOW_DAYS);
    return sql.run(SUMMARIZE, args).map(rows -> {
      Map<DefectionReason, LossTally> byReason = new LinkedHashMap<>();
      Map<ValueTier, LossTally> byTier = new EnumMap<>(ValueTier.class);
      Map<TenureBand, LossTally> byBand = new EnumMap<>(TenureBand.class);
      List<DefectionDay> days = new ArrayList<>();
      for (Row row : rows) {
        LossTally tally = new LossTally(row.getLong("customers"), row.getBigDecimal("lost_value"));
        if (row.getString("reason_code") != null) {
          byReason.put(new DefectionReason(row.getString("reason_code"), row.getString("label"),
              DefectionCategory.valueOf(row.getString("category")), row.getBoolean("avoidable")), tally);
        } else if (row.getString("value_tier") != null) {
          byTier.put(ValueTier.valueOf(row.getString("value_tier")), tally);
        } else if (row.getString("tenure_band") != null) {
          byBand.put(TenureBand.valueOf(row.getString("tenure_band")), tally);
        } else {
          days.add(new DefectionDay(row.getLocalDate("day"), tally, row.getLong("avoidable_count")));
        }
      }
      return DefectionSummary.of(range, byReason, byTier, byBand, days);
    }).toCompletionStage();
  }
}

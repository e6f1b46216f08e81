package io.customerintel.adapters.postgres.analytics;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.DefectionAnalysis;
import io.customerintel.application.port.out.RevenueRanking;
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
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A range's defections in one statement over the tenant's (tenant, occurred_at) index: each defection is judged as
 * CustomerLoss says (tenure band and lost value as of its day), then summed by reason, value tier, tenure band and
 * day with grouping sets. The tier is the one kept with the defection; the few stored without one are summed by their
 * customer's revenue and put in today's tier, which needs the tenant's ranking, so only then is it asked for.
 */
public final class PgDefectionAnalysis implements DefectionAnalysis {
  private static final String SUMMARIZE = "with dated as ("
      + "  select d.customer_id, d.occurred_at, d.value_tier, d.lost_annual_value, d.reason_code, r.label, r.category,"
      + "   r.avoidable, c.revenue, c.first_purchase_at, c.first_purchase_day,"
      + "   " + LocalDaysSql.dayOf("d.occurred_at", 4) + " as day"
      + "  from defection d"
      // each defection's customer by its key (offset 0 keeps the planner from hashing every customer of the tenant
      // instead), so the cost follows the defections in the range, not the size of the tenant
      + "  cross join lateral (select c.revenue, c.first_purchase_at, c.first_purchase_day from customer c"
      + "   where c.tenant_id = d.tenant_id and c.id = d.customer_id offset 0) c"
      + "  join defection_reason r on r.tenant_id = d.tenant_id and r.code = d.reason_code"
      + "  where d.tenant_id = $1 and d.occurred_at >= $2 and d.occurred_at < $3),"
      + " judged as ("
      + "  select reason_code, label, category, avoidable, day, value_tier,"
      + "   case when value_tier is null then revenue end as untiered_revenue,"
      // a first purchase after the defection (or none) is no tenure at defection
      + "   case when first_purchase_at is null or first_purchase_at > occurred_at then 'NONE'"
      + "     else " + SegmentSql.band("first_purchase_day", "day", 6) + " end as tenure_band,"
      + "   coalesce(lost_annual_value, (select sum(p.revenue) from purchase_day p"
      + "     where p.customer_id = dated.customer_id and p.tenant_id = $1"
      + "     and p.day between dated.day - ($9::int - 1) and dated.day), 0) as lost_value"
      + "  from dated)"
      + " select grouping(reason_code, value_tier, tenure_band, day) as grouping_set, reason_code, label, category,"
      + "  avoidable, value_tier, untiered_revenue, tenure_band, day, count(*) as customers,"
      + "  sum(lost_value) as lost_value, count(*) filter (where avoidable) as avoidable_count"
      + " from judged"
      + " group by grouping sets ((reason_code, label, category, avoidable), (value_tier, untiered_revenue),"
      + "  (tenure_band), (day))";
  /** grouping() of (reason_code, value_tier, tenure_band, day): a bit is set for each column not grouped by. */
  private static final int BY_REASON = 0b0111;
  private static final int BY_TIER = 0b1011;
  private static final int BY_BAND = 0b1101;

  private final Sql sql;
  private final RevenueRanking ranking;

  public PgDefectionAnalysis(Sql sql, RevenueRanking ranking) {
    this.sql = sql;
    this.ranking = ranking;
  }

  @Override
  public CompletionStage<DefectionSummary> summarize(TenantId tenantId, ZoneId zone, Period range) {
    Instant from = range.start().atStartOfDay(zone).toInstant();
    Instant until = range.end().plusDays(1).atStartOfDay(zone).toInstant();
    Tuple args = Sql.args(tenantId.value(), Rows.utc(from), Rows.utc(until));
    SegmentSql.append(args, LocalDaysSql.args(zone, from, until));
    SegmentSql.append(args, SegmentSql.bandArgs());
    args.addValue(CustomerLoss.LOST_VALUE_WINDOW_DAYS);
    return sql.runTenantWide(SUMMARIZE, args).toCompletionStage().thenCompose(rows -> summary(tenantId, range, rows));
  }

  private CompletionStage<DefectionSummary> summary(TenantId tenantId, Period range, RowSet<Row> rows) {
    Map<DefectionReason, LossTally> byReason = new LinkedHashMap<>();
    Map<ValueTier, LossTally> byTier = new EnumMap<>(ValueTier.class);
    Map<BigDecimal, LossTally> untiered = new LinkedHashMap<>();
    Map<TenureBand, LossTally> byBand = new EnumMap<>(TenureBand.class);
    List<DefectionDay> days = new ArrayList<>();
    for (Row row : rows) {
      LossTally tally = new LossTally(row.getLong("customers"), row.getBigDecimal("lost_value"));
      switch (row.getInteger("grouping_set")) {
        case BY_REASON -> byReason.put(new DefectionReason(row.getString("reason_code"), row.getString("label"),
            DefectionCategory.valueOf(row.getString("category")), row.getBoolean("avoidable")), tally);
        case BY_TIER -> {
          if (row.getString("value_tier") == null) {
            untiered.put(row.getBigDecimal("untiered_revenue"), tally);
          } else {
            byTier.merge(ValueTier.valueOf(row.getString("value_tier")), tally, LossTally::plus);
          }
        }
        case BY_BAND -> byBand.put(TenureBand.valueOf(row.getString("tenure_band")), tally);
        default -> days.add(new DefectionDay(row.getLocalDate("day"), tally, row.getLong("avoidable_count")));
      }
    }
    if (untiered.isEmpty()) {
      return CompletableFuture.completedFuture(DefectionSummary.of(range, byReason, byTier, byBand, days));
    }
    return ranking.thresholds(tenantId).thenApply(current -> {
      untiered.forEach((revenue, tally) -> byTier.merge(current.tierOf(revenue), tally, LossTally::plus));
      return DefectionSummary.of(range, byReason, byTier, byBand, days);
    });
  }
}

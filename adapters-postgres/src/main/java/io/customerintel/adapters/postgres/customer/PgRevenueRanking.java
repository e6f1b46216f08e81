package io.customerintel.adapters.postgres.customer;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.value.ValueTier;
import io.customerintel.domain.value.ValueTierThresholds;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.concurrent.CompletionStage;

/**
 * The tier thresholds in one pass over the tenant's paying customers (the revenue index), computing what
 * {@link ValueTierThresholds#fromRevenues} computes: a tier's threshold is the smallest paying revenue whose count
 * of strictly lower paying revenues (rank - 1) reaches the tier's share of all paying customers.
 */
public final class PgRevenueRanking implements RevenueRanking {
  /**
   * The tier thresholds from the revenue index of customer_summary, without sorting a tenant's customers. The lowest
   * revenue that reaches percentile p is the lowest revenue above the k-th smallest paying revenue, k = ceil(p% of
   * the paying customers): exactly k customers are below it, and any lower revenue has fewer below it. The k-th
   * smallest is read from the top of the index (offset n - k), the shorter walk for every tier.
   */
  private static final String THRESHOLDS = "with paying as ("
      + "  select count(*) as n from customer_summary where tenant_id = $1 and revenue > 0"
      + ") select p.n as paying, " + above("$2") + " as top, " + above("$3") + " as high, " + above("$4") + " as medium"
      + " from paying p";

  private static String above(String percent) {
    return "(select min(r.revenue) from customer_summary r where r.tenant_id = $1 and r.revenue > ("
        + "  select s.revenue from customer_summary s where s.tenant_id = $1 and s.revenue > 0"
        + "  order by s.revenue desc offset (select n - ceil(n * " + percent + "::numeric / 100) from paying)::bigint"
        + "  limit 1))";
  }

  private final Sql sql;

  public PgRevenueRanking(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<ValueTierThresholds> thresholds(TenantId tenantId) {
    Tuple args = Sql.args(tenantId.value(), (long) ValueTier.TOP.minPercentile(),
        (long) ValueTier.HIGH.minPercentile(), (long) ValueTier.MEDIUM.minPercentile());
    return sql.run(THRESHOLDS, args).map(rows -> {
      Row row = rows.iterator().next();
      long paying = row.getLong("paying");
      return paying == 0 ? ValueTierThresholds.EMPTY : new ValueTierThresholds(row.getBigDecimal("top"),
          row.getBigDecimal("high"), row.getBigDecimal("medium"), paying);
    }).toCompletionStage();
  }
}

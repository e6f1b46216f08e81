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
  private static final String THRESHOLDS = "select count(*) as paying,"
      + " min(revenue) filter (where lower_count * 100 >= $2::bigint * total) as top,"
      + " min(revenue) filter (where lower_count * 100 >= $3::bigint * total) as high,"
      + " min(revenue) filter (where lower_count * 100 >= $4::bigint * total) as medium"
      + " from (select c.revenue, rank() over (order by c.revenue) - 1 as lower_count, count(*) over () as total"
      + "   from customer c where c.tenant_id = $1 and c.revenue > 0) ranked";

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

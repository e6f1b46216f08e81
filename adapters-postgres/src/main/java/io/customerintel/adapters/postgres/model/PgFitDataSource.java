package io.customerintel.adapters.postgres.model;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.FitData;
import io.customerintel.application.port.out.FitDataSource;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Summarizes a tenant's purchase days for a fit in one statement (one snapshot): per customer x, t_x, T and holdout
 * days, then grouped so that only distinct histories and distinct spends travel to the fit.
 */
public final class PgFitDataSource implements FitDataSource {
  /** $2 calibration end, $3 holdout end or null. The first purchase day is the maintained one (the earliest). */
  private static final String LOAD = "with per_customer as ("
      + "  select c.first_purchase_day as first_day,"
      + "    count(*) filter (where pd.day <= $2) - 1 as x,"
      + "    max(pd.day) filter (where pd.day <= $2) as last_day,"
      + "    count(*) filter (where pd.day > $2) as holdout,"
      + "    sum(pd.revenue) filter (where pd.day > c.first_purchase_day and pd.day <= $2) as repeat_revenue"
      + "  from customer c join purchase_day pd on pd.customer_id = c.id and pd.tenant_id = $1"
      + "  where c.tenant_id = $1 and c.first_purchase_day <= $2 and pd.day <= coalesce($3::date, $2::date)"
      + "  group by c.id, c.first_purchase_day"
      + ") select 'c' as kind, x, last_day - first_day as tx_days, $2::date - first_day as t_days,"
      + "    count(*) as customers, sum(holdout) as holdout, null::float8 as mean_spend"
      + "  from per_customer group by x, last_day - first_day, $2::date - first_day"
      + " union all"
      + " select 's', x, null, null, count(*), null, (repeat_revenue / x)::float8"
      + "  from per_customer where x > 0 and repeat_revenue > 0 group by x, repeat_revenue / x";

  private final Sql sql;

  public PgFitDataSource(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<FitData> load(TenantId tenantId, LocalDate calibrationEnd, LocalDate holdoutEnd) {
    return sql.runTenantWide(LOAD, Sql.args(tenantId.value(), calibrationEnd, holdoutEnd)).map(rows -> {
      List<FitData.CountRow> counts = new ArrayList<>();
      List<FitData.SpendRow> spend = new ArrayList<>();
      for (Row row : rows) {
        if ("c".equals(row.getString("kind"))) {
          counts.add(new FitData.CountRow(row.getInteger("x"), row.getInteger("tx_days"), row.getInteger("t_days"),
              row.getLong("customers"), row.getLong("holdout")));
        } else {
          spend.add(new FitData.SpendRow(row.getInteger("x"), row.getDouble("mean_spend"), row.getLong("customers")));
        }
      }
      return new FitData(counts, spend);
    }).toCompletionStage();
  }
}

package io.customerintel.adapters.postgres.model;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.FirstDayRevenue;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** First-purchase-day revenue of a page of customers: one primary-key probe per customer, one statement per page. */
public final class PgFirstDayRevenue implements FirstDayRevenue {
  private static final String FIRST_DAYS = "select c.id, pd.revenue from customer c"
      + " join purchase_day pd on pd.customer_id = c.id and pd.day = c.first_purchase_day and pd.tenant_id = $1"
      + " where c.tenant_id = $1 and c.id = any($2::bigint[])";

  private final Sql sql;

  public PgFirstDayRevenue(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<Map<CustomerId, BigDecimal>> of(TenantId tenantId, List<CustomerId> customers) {
    Long[] ids = customers.stream().map(CustomerId::value).toArray(Long[]::new);
    return sql.run(FIRST_DAYS, Sql.args(tenantId.value(), ids)).map(rows -> {
      Map<CustomerId, BigDecimal> revenue = new HashMap<>();
      for (Row row : rows) {
        revenue.put(new CustomerId(row.getLong("id")), row.getBigDecimal("revenue"));
      }
      return revenue;
    }).toCompletionStage();
  }
}

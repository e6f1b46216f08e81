package io.customerintel.adapters.postgres.health;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.HealthHistory;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.health.HealthPoint;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Customers' health lines from table health_change: one primary-key range read per customer. */
public final class PgHealthHistory implements HealthHistory {
  private static final String COLUMNS = "h.customer_id, h.at, h.score, h.band, h.signals";
  private static final String AT = "select " + COLUMNS + " from unnest($2::bigint[]) as w(id) cross join lateral"
      + " (select * from health_change h0 where h0.customer_id = w.id and h0.tenant_id = $1 and h0.at <= $3"
      + "   order by h0.at desc limit 1) h";
  private static final String SINCE = AT + " union all select " + COLUMNS
      + " from unnest($2::bigint[]) as w(id) cross join lateral"
      + " (select * from health_change h0 where h0.customer_id = w.id and h0.tenant_id = $1 and h0.at > $3) h"
      + " order by customer_id, at";

  private final Sql sql;

  public PgHealthHistory(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<Map<CustomerId, HealthPoint>> pointsAt(TenantId tenantId, Collection<CustomerId> customers,
                                                                Instant at) {
    return sql.run(AT, Sql.args(tenantId.value(), ids(customers), Rows.utc(at))).map(rows -> {
      Map<CustomerId, HealthPoint> points = new HashMap<>();
      rows.forEach(row -> points.put(new CustomerId(row.getLong("customer_id")), point(row)));
      return points;
    }).toCompletionStage();
  }

  @Override
  public CompletionStage<Map<CustomerId, List<HealthPoint>>> since(TenantId tenantId,
                                                                   Collection<CustomerId> customers, Instant since) {
    return sql.run(SINCE, Sql.args(tenantId.value(), ids(customers), Rows.utc(since))).map(rows -> {
      Map<CustomerId, List<HealthPoint>> lines = new HashMap<>();
      customers.forEach(id -> lines.put(id, new ArrayList<>()));
      rows.forEach(row -> lines.get(new CustomerId(row.getLong("customer_id"))).add(point(row)));
      return lines;
    }).toCompletionStage();
  }

  private static Long[] ids(Collection<CustomerId> customers) {
    return customers.stream().map(CustomerId::value).distinct().toArray(Long[]::new);
  }

  private static HealthPoint point(Row row) {
    return new HealthPoint(Rows.instant(row, "at"), row.getShort("score"), HealthBand.valueOf(row.getString("band")),
        Arrays.asList(row.getArrayOfStrings("signals")));
  }
}

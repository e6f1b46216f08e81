package io.customerintel.adapters.postgres.winback;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.WinBackCandidates;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.winback.WinBackCandidate;
import io.customerintel.domain.winback.WinBackKind;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Win-back lists read from the customers' maintained facts: the stage today comes from the stored timeline and a LOST
 * customer's reason from their latest defection, so a page is one statement and the count another.
 */
public final class PgWinBackCandidates implements WinBackCandidates {
  /** $1 tenant, $2 today, $3 stage, $4 whether only avoidable latest defections count (LOST). */
  private static final String FROM = " from customer c"
      + " left join defection d on d.id = c.latest_defection_id and d.tenant_id = c.tenant_id"
      + " left join defection_reason r on r.tenant_id = d.tenant_id and r.code = d.reason_code"
      + " where c.tenant_id = $1 and stage_on(c.stages, c.stage_changes, $2::date) = $3"
      + " and (not $4::boolean or coalesce(r.avoidable, false))";
  /** Revenue descending, then external id ascending (unique per tenant, collate "C"): a total, stable order. */
  private static final String ORDER = " order by c.revenue desc, c.external_id asc";
  private static final String SELECT = "select c.id, c.external_id, c.revenue,"
      + " (c.first_seen_at at time zone $5)::date as first_seen_day, c.last_purchase_day, d.reason_code,"
      + " (d.occurred_at at time zone $5)::date as defection_day" + FROM;
  private static final String FIRST_PAGE = SELECT + ORDER + " limit $6";
  private static final String NEXT_PAGE = SELECT
      + " and (c.revenue < $7::numeric or (c.revenue = $7::numeric and c.external_id > $8))" + ORDER + " limit $6";
  private static final String COUNT = "select count(*) as n" + FROM;

  private final Sql sql;

  public PgWinBackCandidates(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<List<WinBackCandidate>> page(TenantId tenantId, ZoneId zone, LocalDate today,
                                                      WinBackKind kind, Optional<Position> after, int limit) {
    Tuple args = filter(tenantId, today, kind).addValue(zone.getId()).addValue(limit);
    after.ifPresent(position -> args.addValue(position.value()).addValue(position.externalId()));
    return sql.run(after.isPresent() ? NEXT_PAGE : FIRST_PAGE, args).map(rows -> {
      List<WinBackCandidate> found = new ArrayList<>();
      for (Row row : rows) {
        found.add(candidate(row, kind));
      }
      return found;
    }).toCompletionStage();
  }

  @Override
  public CompletionStage<Long> count(TenantId tenantId, LocalDate today, WinBackKind kind) {
    return sql.run(COUNT, filter(tenantId, today, kind)).map(rows -> rows.iterator().next().getLong("n"))
        .toCompletionStage();
  }

  private static Tuple filter(TenantId tenantId, LocalDate today, WinBackKind kind) {
    return Sql.args(tenantId.value(), today, kind.stage().name(), kind == WinBackKind.LOST);
  }

  private static WinBackCandidate candidate(Row row, WinBackKind kind) {
    return new WinBackCandidate(new CustomerId(row.getLong("id")), row.getString("external_id"), kind,
        row.getBigDecimal("revenue"), row.getLocalDate("first_seen_day"), row.getLocalDate("last_purchase_day"),
        row.getString("reason_code"), row.getLocalDate("defection_day"));
  }
}

package io.customerintel.adapters.postgres.winback;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.WinBackCandidates;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.winback.WinBackCandidate;
import io.customerintel.domain.winback.WinBackKind;
import io.customerintel.domain.winback.WinBackValueBasis;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
  private static final String SELECT = "select c.id, c.external_id, c.revenue, c.predicted_value,"
      + " (c.first_seen_at at time zone $5)::date as first_seen_day, c.last_purchase_day, d.reason_code,"
      + " (d.occurred_at at time zone $5)::date as defection_day" + FROM;
  private static final String COUNT = "select count(*) as n" + FROM;

  /** The value expression of each basis; a customer without a stored prediction counts as 0. */
  private static final Map<WinBackValueBasis, String> VALUE = Map.of(
      WinBackValueBasis.LIFETIME_REVENUE, "c.revenue",
      WinBackValueBasis.PREDICTED_VALUE, "coalesce(c.predicted_value, 0)");
  /** Per basis: the first page and the next pages, value descending then external id ascending (a total order). */
  private static final Map<WinBackValueBasis, String> FIRST_PAGE = new EnumMap<>(WinBackValueBasis.class);
  private static final Map<WinBackValueBasis, String> NEXT_PAGE = new EnumMap<>(WinBackValueBasis.class);

  static {
    VALUE.forEach((basis, value) -> {
      // external ids are unique per tenant and collate "C": the tie-break is total and stable
      String order = " order by " + value + " desc, c.external_id asc limit $6";
      FIRST_PAGE.put(basis, SELECT + order);
      NEXT_PAGE.put(basis, SELECT + " and (" + value + " < $7::numeric or (" + value + " = $7::numeric"
          + " and c.external_id > $8))" + order);
    });
  }

  private final Sql sql;

  public PgWinBackCandidates(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<List<WinBackCandidate>> page(TenantId tenantId, ZoneId zone, LocalDate today,
                                                      WinBackKind kind, WinBackValueBasis basis,
                                                      Optional<Position> after, int limit) {
    Tuple args = filter(tenantId, today, kind).addValue(zone.getId()).addValue(limit);
    after.ifPresent(position -> args.addValue(position.value()).addValue(position.externalId()));
    return sql.run((after.isPresent() ? NEXT_PAGE : FIRST_PAGE).get(basis), args).map(rows -> {
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
        row.getBigDecimal("revenue"), row.getBigDecimal("predicted_value"), row.getLocalDate("first_seen_day"), row.getLocalDate("last_purchase_day"),
        row.getString("reason_code"), row.getLocalDate("defection_day"));
  }
}

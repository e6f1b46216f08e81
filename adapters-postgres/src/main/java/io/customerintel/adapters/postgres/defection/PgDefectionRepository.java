package io.customerintel.adapters.postgres.defection;

import io.customerintel.adapters.postgres.facts.FactRefresher;
import io.customerintel.adapters.postgres.sql.Failures;
import io.customerintel.adapters.postgres.sql.IdempotencyKeys;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.DefectionRepository;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Defections, each re-deriving its customer's facts and lifecycle timeline in the same transaction. */
public final class PgDefectionRepository implements DefectionRepository {
  /** The columns defection(Row) reads, of the defection aliased d; the loss review reads defections with them too. */
  public static final String COLUMNS = "d.id, d.customer_id, d.occurred_at, d.reason_code, d.detail, d.competitor,"
      + " d.lost_annual_value, d.original_reason_code";
  private static final String LOCK = "select c.id from customer c where c.tenant_id = $1 and c.id = $2 for no key update";
  private static final String INSERT = "insert into defection as d (tenant_id, customer_id, occurred_at, reason_code,"
      + " detail, competitor, lost_annual_value, value_tier) select $1, $2, $3, $4, $5, $6, $7, $8"
      // a retry with the reason first recorded is the same defection even after a loss-review call changed it
      + " where not exists (select 1 from defection o where o.customer_id = $2 and o.occurred_at = $3"
      + " and o.original_reason_code = $4)"
      + " on conflict (customer_id, occurred_at, reason_code) do nothing returning " + COLUMNS;
  private static final String EXISTING = "select " + COLUMNS + " from defection d"
      + " where d.tenant_id = $1 and d.customer_id = $2 and d.occurred_at = $3"
      + " and (d.reason_code = $4 or d.original_reason_code = $4) order by d.reason_code = $4 desc limit 1";
  private static final String BY_IDS = "select " + COLUMNS
      + " from unnest($2::bigint[]) as w(id) join defection d on d.id = w.id and d.tenant_id = $1";

  private final Sql sql;
  private final FactRefresher facts;
  private final IdempotencyKeys keys;

  public PgDefectionRepository(Sql sql, FactRefresher facts) {
    this.sql = sql;
    this.facts = facts;
    this.keys = new IdempotencyKeys(sql);
  }

  /**
   * A customer that is not the tenant's fails with NOT_FOUND, a reason code the tenant does not have with
   * BAD_USER_INPUT (the service checks both first; these only close the race).
   */
  @Override
  public CompletionStage<Defection> record(TenantId tenantId, NewDefection defection, CustomerRules rules,
                                         Instant now, Optional<IdempotentRequest> request) {
    long tenant = tenantId.value();
    return sql.<Defection>inTransaction(conn -> keys.once(conn, tenant, request,
            () -> record(conn, tenant, defection, rules, now), stored -> new Long[] {stored.id().value()},
            answer -> sql.run(conn, BY_IDS, Sql.args(tenant, answer)).map(rows -> defection(rows.iterator().next()))))
        .recover(failure -> Failures.is(failure, Failures.FOREIGN_KEY_VIOLATION)
            ? Future.failedFuture(new UseCaseException(ErrorCodes.BAD_USER_INPUT,
                "no defection reason with code '" + defection.reasonCode() + "'"))
            : Future.failedFuture(failure))
        .toCompletionStage();
  }

  /**
   * Records the defection on a transaction's connection (so another write can be stored with it, all or nothing):
   * the stored one of the same customer, time and reason when there is one.
   */
  public Future<Defection> record(SqlConnection conn, long tenant, NewDefection defection, CustomerRules rules,
                                  Instant now) {
    long customer = defection.customerId().value();
    Tuple key = Sql.args(tenant, customer, Rows.utc(defection.occurredAt()), defection.reasonCode());
    return sql.run(conn, LOCK, Sql.args(tenant, customer)).compose(locked -> {
      if (locked.size() == 0) {
        return Future.failedFuture(new UseCaseException(ErrorCodes.NOT_FOUND,
            "no customer " + customer + " for this tenant"));
      }
      Tuple insert = Sql.args(tenant, customer, Rows.utc(defection.occurredAt()), defection.reasonCode(),
          defection.detail(), defection.competitor(), defection.lostAnnualValue(),
          defection.valueTier() == null ? null : defection.valueTier().name());
      return sql.run(conn, INSERT, insert)
          .compose(rows -> rows.size() > 0
              ? refreshed(conn, tenant, customer, rules, now, rows)
              // a retry: answer the stored one, whose facts were derived when it was first recorded
              : sql.run(conn, EXISTING, key).map(existing -> defection(existing.iterator().next())));
    });
  }

  private Future<Defection> refreshed(SqlConnection conn, long tenant, long customer, CustomerRules rules,
                                      Instant now, RowSet<Row> inserted) {
    Defection stored = defection(inserted.iterator().next());
    return facts.refresh(conn, tenant, new Long[] {customer}, rules, now).map(done -> stored);
  }

  @Override
  public CompletionStage<Map<DefectionId, Defection>> byIds(TenantId tenantId, Collection<DefectionId> ids) {
    if (ids.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    Long[] values = ids.stream().map(DefectionId::value).distinct().toArray(Long[]::new);
    return sql.run(BY_IDS, Sql.args(tenantId.value(), values)).map(rows -> {
      Map<DefectionId, Defection> found = new LinkedHashMap<>();
      for (Row row : rows) {
        Defection defection = defection(row);
        found.put(defection.id(), defection);
      }
      return found;
    }).toCompletionStage();
  }

  /** The defection of a row holding COLUMNS. */
  public static Defection defection(Row row) {
    return new Defection(new DefectionId(row.getLong("id")), new CustomerId(row.getLong("customer_id")),
        Rows.instant(row, "occurred_at"), row.getString("reason_code"), row.getString("detail"),
        row.getString("competitor"), row.getBigDecimal("lost_annual_value"), row.getString("original_reason_code"));
  }
}

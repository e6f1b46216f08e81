package io.customerintel.adapters.postgres.savedesk;

import io.customerintel.adapters.postgres.defection.PgDefectionRepository;
import io.customerintel.adapters.postgres.risk.RiskNotices;
import io.customerintel.adapters.postgres.sql.Failures;
import io.customerintel.adapters.postgres.sql.IdempotencyKeys;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.CancellationRequests;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewCancellationRequest;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.application.port.out.RiskEvent;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.savedesk.CancellationRequest;
import io.customerintel.domain.savedesk.CancellationRequestId;
import io.customerintel.domain.savedesk.CancellationStatus;
import io.customerintel.domain.savedesk.RequestTally;
import io.customerintel.domain.savedesk.SaveAttempt;
import io.customerintel.domain.savedesk.SaveOutcome;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Cancellation requests, stored once per customer, time and reason, and closed once by a conditional update. */
public final class PgCancellationRequests implements CancellationRequests {
  private static final String COLUMNS = "r.id, r.customer_id, r.reason_code, r.requested_at, r.outcome, r.offer,"
      + " r.notes, r.attempted_at";
  /** The customer join keeps a request from ever pointing at another tenant's customer. */
  private static final String INSERT = "with r as (insert into cancellation_request as r (tenant_id, customer_id,"
      + " reason_code, requested_at, requested_day) select $1, c.id, $3, $4, $5 from customer c"
      + " where c.id = $2 and c.tenant_id = $1"
      + " on conflict (customer_id, requested_at, reason_code) do nothing returning r.*)"
      // announced in the same statement, so only a stored (not a retried) request alerts, and only once committed
      + " select " + COLUMNS + ", pg_notify('" + RiskNotices.CHANNEL + "', json_build_object('t', $1::bigint,"
      + "   'c', c.id, 'p', c.health_band, 'b', coalesce(c.health_band, 'NEUTRAL'), 's', json_build_array(),"
      + "   'k', '" + RiskEvent.CANCELLATION_REQUESTED + "', 'at', $6::text)::text) as notified"
      + " from r join customer c on c.id = r.customer_id and c.tenant_id = r.tenant_id";
  private static final String EXISTING = "select " + COLUMNS + " from cancellation_request r"
      + " where r.tenant_id = $1 and r.customer_id = $2 and r.requested_at = $4 and r.reason_code = $3";
  private static final String BY_IDS = "select " + COLUMNS
      + " from unnest($2::bigint[]) as w(id) join cancellation_request r on r.id = w.id and r.tenant_id = $1";
  /** Only an open request is closed: of two attempts at once, the first wins and the second sees it. */
  private static final String CLOSE = "update cancellation_request r set outcome = $3, offer = $4, notes = $5,"
      + " attempted_at = $6 where r.id = $2 and r.tenant_id = $1 and r.outcome is null";
  private static final String TALLIES = "select r.requested_day, r.reason_code, coalesce(r.outcome, 'OPEN') as status,"
      + " count(*)::int as requests from cancellation_request r"
      + " where r.tenant_id = $1 and r.requested_day between $2 and $3 group by 1, 2, 3";

  private final Sql sql;
  private final IdempotencyKeys keys;
  private final PgDefectionRepository defections;

  public PgCancellationRequests(Sql sql, PgDefectionRepository defections) {
    this.sql = sql;
    this.keys = new IdempotencyKeys(sql);
    this.defections = defections;
  }

  @Override
  public CompletionStage<CancellationRequest> open(TenantId tenantId, NewCancellationRequest request, ZoneId zone,
                                                   Optional<IdempotentRequest> idempotent) {
    var key = Sql.args(tenantId.value(), request.customerId().value(), request.reasonCode(),
        Rows.utc(request.requestedAt()));
    var insert = Sql.args(tenantId.value(), request.customerId().value(), request.reasonCode(),
        Rows.utc(request.requestedAt()), LocalDate.ofInstant(request.requestedAt(), zone),
        request.requestedAt().toString());
    return sql.<CancellationRequest>inTransaction(conn -> keys.once(conn, tenantId.value(), idempotent,
            () -> sql.run(conn, INSERT, insert)
                .compose(inserted -> inserted.size() > 0 ? Future.succeededFuture(inserted)
                    // a retry: answer the stored one
                    : sql.run(conn, EXISTING, key))
                .compose(rows -> rows.size() > 0 ? Future.succeededFuture(request(rows.iterator().next()))
                    : Future.<CancellationRequest>failedFuture(new UseCaseException(ErrorCodes.NOT_FOUND,
                        "no customer " + request.customerId().value() + " for this tenant"))),
            stored -> new Long[] {stored.id().value()},
            answer -> sql.run(conn, BY_IDS, Sql.args(tenantId.value(), answer))
                .map(rows -> request(rows.iterator().next()))))
        // the service checks the reason first; this only closes the race with a reason being removed
        .recover(failure -> Failures.is(failure, Failures.FOREIGN_KEY_VIOLATION)
            ? Future.failedFuture(new UseCaseException(ErrorCodes.BAD_USER_INPUT,
                "no defection reason with code '" + request.reasonCode() + "'"))
            : Future.failedFuture(failure))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Map<CancellationRequestId, CancellationRequest>> byIds(
      TenantId tenantId, Collection<CancellationRequestId> ids) {
    if (ids.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    Long[] values = ids.stream().map(CancellationRequestId::value).distinct().toArray(Long[]::new);
    return sql.run(BY_IDS, Sql.args(tenantId.value(), values)).map(rows -> {
      Map<CancellationRequestId, CancellationRequest> found = new LinkedHashMap<>();
      for (Row row : rows) {
        CancellationRequest request = request(row);
        found.put(request.id(), request);
      }
      return found;
    }).toCompletionStage();
  }

  @Override
  public CompletionStage<CancellationRequest> close(TenantId tenantId, CancellationRequestId id, SaveAttempt attempt) {
    return sql.run(CLOSE, Sql.args(tenantId.value(), id.value(), attempt.outcome().name(), attempt.offer(),
            attempt.notes(), Rows.utc(attempt.at())))
        .compose(updated -> sql.run(BY_IDS, Sql.args(tenantId.value(), new Long[] {id.value()})))
        .compose(rows -> rows.size() > 0 ? Future.succeededFuture(request(rows.iterator().next()))
            : Future.<CancellationRequest>failedFuture(new UseCaseException(ErrorCodes.NOT_FOUND,
                "no cancellation request " + id.value() + " for this tenant")))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<CancellationRequest> closeLost(TenantId tenantId, CancellationRequestId id,
                                                        SaveAttempt attempt, NewDefection defection,
                                                        CustomerRules rules, Instant now) {
    long tenant = tenantId.value();
    return sql.<CancellationRequest>inTransaction(conn -> sql.run(conn, CLOSE, Sql.args(tenant, id.value(),
            attempt.outcome().name(), attempt.offer(), attempt.notes(), Rows.utc(attempt.at())))
        .compose(updated -> updated.rowCount() == 0 ? Future.<Void>succeededFuture()
            : defections.record(conn, tenant, defection, rules, now).<Void>mapEmpty())
        .compose(done -> sql.run(conn, BY_IDS, Sql.args(tenant, new Long[] {id.value()})))
        .compose(rows -> rows.size() > 0 ? Future.succeededFuture(request(rows.iterator().next()))
            : Future.<CancellationRequest>failedFuture(new UseCaseException(ErrorCodes.NOT_FOUND,
                "no cancellation request " + id.value() + " for this tenant"))))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<List<RequestTally>> tallies(TenantId tenantId, Period period) {
    return sql.run(TALLIES, Sql.args(tenantId.value(), period.start(), period.end())).map(rows -> {
      List<RequestTally> tallies = new ArrayList<>();
      for (Row row : rows) {
        tallies.add(new RequestTally(row.getLocalDate("requested_day"), row.getString("reason_code"),
            CancellationStatus.valueOf(row.getString("status")), row.getInteger("requests")));
      }
      return tallies;
    }).toCompletionStage();
  }

  private static CancellationRequest request(Row row) {
    String outcome = row.getString("outcome");
    List<SaveAttempt> attempts = outcome == null ? List.of() : List.of(new SaveAttempt(SaveOutcome.valueOf(outcome),
        row.getString("offer"), row.getString("notes"), Rows.instant(row, "attempted_at")));
    return new CancellationRequest(new CancellationRequestId(row.getLong("id")),
        new CustomerId(row.getLong("customer_id")), row.getString("reason_code"), Rows.instant(row, "requested_at"),
        attempts);
  }
}

package io.customerintel.adapters.postgres.lossreview;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.LossReviewCalls;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.lossreview.CallAssignment;
import io.customerintel.domain.lossreview.CallOutcome;
import io.customerintel.domain.lossreview.LossReviewCall;
import io.customerintel.domain.lossreview.LossReviewCallId;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Loss-review calls; the unique customer per tenant keeps concurrent assigns from calling anyone twice. */
public final class PgLossReviewCalls implements LossReviewCalls {
  private static final String COLUMNS = "l.id, l.month, l.executive, l.customer_id, l.defection_id, l.reached,"
      + " l.confirmed_reason_code, l.would_consider_returning, l.notes, l.outcome_at";
  /** In the order given (ordinality), so ids follow the deal; a customer called meanwhile is skipped. */
  private static final String ASSIGN = "insert into loss_review_call (tenant_id, month, executive, customer_id,"
      + " defection_id, assigned_at) select $1, $2, w.executive, d.customer_id, d.id, $5"
      + " from unnest($3::text[], $4::bigint[]) with ordinality as w(executive, defection_id, i)"
      + " join defection d on d.id = w.defection_id and d.tenant_id = $1 order by w.i"
      + " on conflict (tenant_id, customer_id) do nothing";
  private static final String OF_MONTH = "select " + COLUMNS + " from loss_review_call l"
      + " where l.tenant_id = $1 and l.month = $2 order by l.id";
  private static final String CALLED = "select distinct l.customer_id from loss_review_call l"
      + " where l.tenant_id = $1 and l.customer_id = any($2::bigint[])";
  private static final String BY_ID = "select " + COLUMNS + " from loss_review_call l where l.tenant_id = $1 and l.id = $2";
  /** Only an open call is closed: of two outcomes at once the first wins, and the second sees it. */
  private static final String CLOSE = "update loss_review_call l set reached = $3, confirmed_reason_code = $4,"
      + " would_consider_returning = $5, notes = $6, outcome_at = $7"
      + " where l.tenant_id = $1 and l.id = $2 and l.outcome_at is null returning l.defection_id";
  /** The first recorded reason is kept as original however often a call changes it. */
  private static final String CONFIRM = "update defection d set original_reason_code = coalesce(d.original_reason_code,"
      + " d.reason_code), reason_code = $3 where d.tenant_id = $1 and d.id = $2 and d.reason_code <> $3";

  private final Sql sql;

  public PgLossReviewCalls(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<Void> assign(TenantId tenantId, ReviewMonth month, List<CallAssignment> assignments,
                                      Instant now) {
    if (assignments.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    String[] executives = assignments.stream().map(CallAssignment::executive).toArray(String[]::new);
    Long[] defections = assignments.stream().map(a -> a.lost().defection().id().value()).toArray(Long[]::new);
    return sql.run(ASSIGN, Sql.args(tenantId.value(), firstDay(month), executives, defections, Rows.utc(now)))
        .<Void>mapEmpty().toCompletionStage();
  }

  @Override
  public CompletionStage<List<LossReviewCall>> ofMonth(TenantId tenantId, ReviewMonth month) {
    return sql.run(OF_MONTH, Sql.args(tenantId.value(), firstDay(month))).map(PgLossReviewCalls::calls)
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Set<CustomerId>> called(TenantId tenantId, Collection<CustomerId> customers) {
    if (customers.isEmpty()) {
      return CompletableFuture.completedFuture(Set.of());
    }
    Long[] ids = customers.stream().map(CustomerId::value).distinct().toArray(Long[]::new);
    return sql.run(CALLED, Sql.args(tenantId.value(), ids)).map(rows -> {
      Set<CustomerId> called = new HashSet<>();
      rows.forEach(row -> called.add(new CustomerId(row.getLong("customer_id"))));
      return called;
    }).toCompletionStage();
  }

  @Override
  public CompletionStage<Optional<LossReviewCall>> byId(TenantId tenantId, LossReviewCallId id) {
    return byId(tenantId, id.value()).map(found -> found.stream().findFirst()).toCompletionStage();
  }

  @Override
  public CompletionStage<LossReviewCall> recordOutcome(TenantId tenantId, LossReviewCallId id, CallOutcome outcome) {
    return sql.<LossReviewCall>inTransaction(conn -> sql.run(conn, CLOSE, Sql.args(tenantId.value(), id.value(),
            outcome.reached(), outcome.confirmedReasonCode(), outcome.wouldConsiderReturning(), outcome.notes(),
            Rows.utc(outcome.recordedAt())))
        .compose(closed -> closed.size() == 0 || outcome.confirmedReasonCode() == null ? Future.succeededFuture()
            : sql.run(conn, CONFIRM, Sql.args(tenantId.value(), closed.iterator().next().getLong("defection_id"),
                outcome.confirmedReasonCode())).mapEmpty())
        .compose(done -> sql.run(conn, BY_ID, Sql.args(tenantId.value(), id.value())))
        .compose(rows -> rows.size() > 0 ? Future.succeededFuture(calls(rows).get(0))
            : Future.failedFuture(new UseCaseException(ErrorCodes.NOT_FOUND,
                "no loss-review call " + id.value() + " for this tenant"))))
        .toCompletionStage();
  }

  private Future<List<LossReviewCall>> byId(TenantId tenantId, long id) {
    return sql.run(BY_ID, Sql.args(tenantId.value(), id)).map(PgLossReviewCalls::calls);
  }

  private static List<LossReviewCall> calls(RowSet<Row> rows) {
    List<LossReviewCall> calls = new ArrayList<>();
    rows.forEach(row -> calls.add(call(row)));
    return calls;
  }

  private static LossReviewCall call(Row row) {
    Optional<CallOutcome> outcome = row.getValue("outcome_at") == null ? Optional.empty()
        : Optional.of(new CallOutcome(row.getBoolean("reached"), row.getString("confirmed_reason_code"),
            row.getBoolean("would_consider_returning"), row.getString("notes"), Rows.instant(row, "outcome_at")));
    return new LossReviewCall(new LossReviewCallId(row.getLong("id")),
        new ReviewMonth(YearMonth.from(row.getLocalDate("month"))), row.getString("executive"),
        new CustomerId(row.getLong("customer_id")), new DefectionId(row.getLong("defection_id")), outcome);
  }

  private static LocalDate firstDay(ReviewMonth month) {
    return month.value().atDay(1);
  }
}

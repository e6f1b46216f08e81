package io.customerintel.adapters.postgres.lossreview;

import io.customerintel.adapters.postgres.sql.IdempotencyKeys;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.ReviewIssues;
import io.customerintel.domain.lossreview.IssueEntry;
import io.customerintel.domain.lossreview.IssuePriority;
import io.customerintel.domain.lossreview.IssueStatus;
import io.customerintel.domain.lossreview.ReviewIssue;
import io.customerintel.domain.lossreview.ReviewIssueId;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Loss-review issues and their history entries. */
public final class PgReviewIssues implements ReviewIssues {
  private static final String COLUMNS = "i.id, i.month, i.title, i.reason_codes, i.priority, i.owner, i.resolved_month";
  private static final String RAISE = "insert into review_issue as i (tenant_id, month, title, reason_codes, priority,"
      + " owner) values ($1, $2, $3, $4, $5, $6) on conflict (tenant_id, month, title) do nothing returning i.id";
  private static final String FIRST_ENTRY = "insert into review_issue_entry (issue_id, at, status) values ($1, $2, 'OPEN')";
  private static final String BY_TITLE = "select " + COLUMNS + " from review_issue i"
      + " where i.tenant_id = $1 and i.month = $2 and i.title = $3";
  private static final String BY_ID = "select " + COLUMNS + " from review_issue i where i.tenant_id = $1 and i.id = $2";
  private static final String SHOWN_IN = "select " + COLUMNS + " from review_issue i where i.tenant_id = $1"
      + " and i.month <= $2 and (i.resolved_month is null or i.resolved_month >= $2) order by i.month, i.id";
  private static final String ENTRIES = "select e.issue_id, e.at, e.status, e.note from review_issue_entry e"
      + " where e.issue_id = any($1::bigint[]) order by e.issue_id, e.id";
  /** Only an issue not resolved yet takes entries: of two resolutions at once, one wins. */
  private static final String LOCK_OPEN = "select i.id from review_issue i where i.tenant_id = $1 and i.id = $2"
      + " and i.resolved_month is null for update";
  private static final String APPEND = "insert into review_issue_entry (issue_id, at, status, note) values ($1, $2, $3, $4)";
  private static final String RESOLVE = "update review_issue set resolved_month = $2 where id = $1";

  private final Sql sql;
  private final IdempotencyKeys keys;

  public PgReviewIssues(Sql sql) {
    this.sql = sql;
    this.keys = new IdempotencyKeys(sql);
  }

  @Override
  public CompletionStage<ReviewIssue> raise(TenantId tenantId, ReviewMonth month, String title,
                                            List<String> reasonCodes, IssuePriority priority, String owner,
                                            Instant now) {
    LocalDate day = firstDay(month);
    return sql.<ReviewIssue>inTransaction(conn -> sql.run(conn, RAISE, Sql.args(tenantId.value(), day, title,
            reasonCodes.toArray(String[]::new), priority.name(), owner))
        .compose(raised -> raised.size() == 0 ? Future.succeededFuture()
            : sql.run(conn, FIRST_ENTRY, Sql.args(raised.iterator().next().getLong("id"), Rows.utc(now))).mapEmpty())
        .compose(done -> sql.run(conn, BY_TITLE, Sql.args(tenantId.value(), day, title)))
        .compose(rows -> issues(conn, rows))
        .map(found -> found.get(0)))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Optional<ReviewIssue>> byId(TenantId tenantId, ReviewIssueId id) {
    return sql.run(BY_ID, Sql.args(tenantId.value(), id.value())).compose(rows -> issues(null, rows))
        .map(found -> found.stream().findFirst()).toCompletionStage();
  }

  @Override
  public CompletionStage<List<ReviewIssue>> shownIn(TenantId tenantId, ReviewMonth month) {
    return sql.run(SHOWN_IN, Sql.args(tenantId.value(), firstDay(month))).compose(rows -> issues(null, rows))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<ReviewIssue> append(TenantId tenantId, ReviewIssueId id, IssueEntry entry,
                                             Optional<ReviewMonth> resolvedIn) {
    return sql.<ReviewIssue>inTransaction(conn -> sql.run(conn, LOCK_OPEN, Sql.args(tenantId.value(), id.value()))
        .compose(open -> open.size() == 0 ? Future.succeededFuture()
            : sql.run(conn, APPEND, Sql.args(id.value(), Rows.utc(entry.at()), entry.status().name(), entry.note()))
                .compose(added -> resolvedIn.isEmpty() ? Future.succeededFuture()
                    : sql.run(conn, RESOLVE, Sql.args(id.value(), firstDay(resolvedIn.get()))).mapEmpty()))
        .compose(done -> sql.run(conn, BY_ID, Sql.args(tenantId.value(), id.value())))
        .compose(rows -> issues(conn, rows))
        .compose(found -> found.isEmpty() ? Future.failedFuture(new UseCaseException(ErrorCodes.NOT_FOUND,
            "no review issue " + id.value() + " for this tenant")) : Future.succeededFuture(found.get(0))))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<ReviewIssue> append(TenantId tenantId, ReviewIssueId id, IssueEntry entry,
                                             Optional<ReviewMonth> resolvedIn, IdempotentRequest request) {
    long tenant = tenantId.value();
    return sql.<ReviewIssue>inTransaction(conn -> keys.once(conn, tenant, Optional.of(request),
            () -> sql.run(conn, LOCK_OPEN, Sql.args(tenant, id.value())).compose(open -> open.size() == 0
                ? Future.failedFuture(new UseCaseException(ErrorCodes.CONFLICT,
                    "review issue " + id.value() + " is resolved or not this tenant's"))
                : sql.run(conn, APPEND, Sql.args(id.value(), Rows.utc(entry.at()), entry.status().name(), entry.note()))
                    .compose(added -> resolvedIn.isEmpty() ? Future.succeededFuture()
                        : sql.run(conn, RESOLVE, Sql.args(id.value(), firstDay(resolvedIn.get()))).mapEmpty())
                    .compose(done -> issue(conn, tenant, id.value()))),
            stored -> new Long[] {stored.id().value()},
            answer -> issue(conn, tenant, answer[0])))
        .toCompletionStage();
  }

  private Future<ReviewIssue> issue(SqlClient conn, long tenant, long id) {
    return sql.run(conn, BY_ID, Sql.args(tenant, id)).compose(rows -> issues(conn, rows)).map(found -> found.get(0));
  }

  /** The issues of the rows with their histories, read in one more statement (on conn when given). */
  private Future<List<ReviewIssue>> issues(SqlClient conn, RowSet<Row> rows) {
    List<Row> issueRows = new ArrayList<>();
    rows.forEach(issueRows::add);
    if (issueRows.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    Long[] ids = issueRows.stream().map(row -> row.getLong("id")).toArray(Long[]::new);
    Future<RowSet<Row>> entries = conn == null ? sql.run(ENTRIES, Sql.args((Object) ids))
        : sql.run(conn, ENTRIES, Sql.args((Object) ids));
    return entries.map(entryRows -> {
      Map<Long, List<IssueEntry>> history = new HashMap<>();
      for (Row row : entryRows) {
        history.computeIfAbsent(row.getLong("issue_id"), k -> new ArrayList<>()).add(new IssueEntry(
            Rows.instant(row, "at"), IssueStatus.valueOf(row.getString("status")), row.getString("note")));
      }
      return issueRows.stream().map(row -> issue(row, history.get(row.getLong("id")))).toList();
    });
  }

  private static ReviewIssue issue(Row row, List<IssueEntry> history) {
    LocalDate resolved = row.getLocalDate("resolved_month");
    return new ReviewIssue(new ReviewIssueId(row.getLong("id")), month(row.getLocalDate("month")),
        row.getString("title"), Arrays.asList(row.getArrayOfStrings("reason_codes")),
        IssuePriority.valueOf(row.getString("priority")), row.getString("owner"),
        Optional.ofNullable(resolved).map(PgReviewIssues::month), history);
  }

  private static ReviewMonth month(LocalDate firstDay) {
    return new ReviewMonth(YearMonth.from(firstDay));
  }

  private static LocalDate firstDay(ReviewMonth month) {
    return month.value().atDay(1);
  }
}

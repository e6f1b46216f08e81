package io.customerintel.adapters.postgres.export;

import io.customerintel.adapters.postgres.sql.Failures;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.BulkExportStore;
import io.customerintel.domain.export.BulkExport;
import io.customerintel.domain.export.BulkExportId;
import io.customerintel.domain.export.BulkExportStatus;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The bulk_export rows (V16): a partial unique index keeps one active export per API key across instances. */
public final class PgBulkExportStore implements BulkExportStore {
  private static final String COLUMNS = "id, tenant_id, api_key_id, status, columns, object_count, file_size,"
      + " file_name, created_at, completed_at, expires_at, error_code";
  private static final String ACTIVE = "status in ('CREATED', 'RUNNING')";
  /** errorCode of an export whose instance stopped reporting progress (it died or lost the database). */
  static final String ABANDONED = "EXPORT_ABANDONED";
  /** Running exports report at least every few seconds (BulkExportService); this much silence means none runs. */
  private static final String ABANDONED_AFTER = "2 minutes";

  private final Sql sql;

  public PgBulkExportStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<Optional<BulkExport>> create(TenantId tenantId, long apiKeyId, String document,
                                                      List<String> columns, Instant createdAt, Instant expiresAt) {
    // an active export that stopped reporting is one whose instance died: it fails, and frees the key's slot
    return sql.run("update bulk_export set status = 'FAILED', error_code = '" + ABANDONED + "', completed_at = now(),"
            + " updated_at = now() where api_key_id = $1 and " + ACTIVE + " and updated_at < now() - $2::text::interval",
            Sql.args(apiKeyId, ABANDONED_AFTER))
        .compose(freed -> sql.run("insert into bulk_export (tenant_id, api_key_id, status, document, columns, created_at, expires_at)"
            + " values ($1, $2, 'CREATED', $3, $4, $5, $6) returning " + COLUMNS,
            Sql.args(tenantId.value(), apiKeyId, document, columns.toArray(String[]::new), Rows.utc(createdAt),
                Rows.utc(expiresAt))))
        .map(rows -> Optional.of(export(rows.iterator().next())))
        .recover(failure -> Failures.is(failure, Failures.UNIQUE_VIOLATION)
            ? Future.succeededFuture(Optional.empty())
            : Future.failedFuture(failure))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Optional<BulkExport>> byId(BulkExportId id) {
    return sql.run("select " + COLUMNS + " from bulk_export where id = $1", Sql.args(id.value()))
        .map(rows -> rows.size() == 0 ? Optional.<BulkExport>empty() : Optional.of(export(rows.iterator().next())))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Boolean> started(BulkExportId id, String fileName) {
    return sql.run("update bulk_export set status = 'RUNNING', file_name = $2, updated_at = now()"
            + " where id = $1 and status = 'CREATED'", Sql.args(id.value(), fileName))
        .map(rows -> rows.rowCount() == 1)
        .toCompletionStage();
  }

  @Override
  public CompletionStage<BulkExportStatus> progress(BulkExportId id, long objectCount, long fileSize) {
    // the update touches only a RUNNING row; the select answers the status either way
    return sql.run("with moved as (update bulk_export set object_count = $2, file_size = $3, updated_at = now()"
            + " where id = $1 and status = 'RUNNING' returning status)"
            + " select coalesce((select status from moved), (select status from bulk_export where id = $1)) as status",
            Sql.args(id.value(), objectCount, fileSize))
        .map(rows -> BulkExportStatus.valueOf(rows.iterator().next().getString("status")))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Boolean> finish(BulkExportId id, BulkExportStatus status, long objectCount, long fileSize,
                                         String errorCode, Instant completedAt) {
    if (status.active()) {
      throw new IllegalArgumentException("finish with a final status, not " + status);
    }
    return sql.run("update bulk_export set status = $2, object_count = $3, file_size = $4, error_code = $5,"
            + " completed_at = $6, updated_at = now(),"
            + " file_name = case when $2 = 'COMPLETED' then file_name end"
            + " where id = $1 and " + ACTIVE,
            Sql.args(id.value(), status.name(), objectCount, fileSize, errorCode, Rows.utc(completedAt)))
        .map(rows -> rows.rowCount() == 1)
        .toCompletionStage();
  }

  @Override
  public CompletionStage<List<String>> expireFiles(Instant now) {
    return sql.run("with due as (select id, file_name from bulk_export where file_name is not null"
            + " and expires_at <= $1 for update skip locked)"
            + " update bulk_export b set file_name = null, updated_at = now() from due where b.id = due.id"
            + " returning due.file_name", Sql.args(Rows.utc(now)))
        .map(rows -> {
          List<String> names = new ArrayList<>(rows.size());
          rows.forEach(row -> names.add(row.getString("file_name")));
          return names;
        })
        .toCompletionStage();
  }

  private static BulkExport export(Row row) {
    String[] columns = row.getArrayOfStrings("columns");
    return new BulkExport(new BulkExportId(row.getLong("id")), new TenantId(row.getLong("tenant_id")),
        row.getLong("api_key_id"), BulkExportStatus.valueOf(row.getString("status")), row.getLong("object_count"),
        row.getLong("file_size"), row.getString("file_name"), columns == null ? List.of() : Arrays.asList(columns),
        Rows.instant(row, "created_at"), Rows.instant(row, "completed_at"), Rows.instant(row, "expires_at"),
        row.getString("error_code"));
  }
}

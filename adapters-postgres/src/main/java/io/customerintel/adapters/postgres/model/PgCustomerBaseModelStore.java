package io.customerintel.adapters.postgres.model;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.CustomerBaseModelStore;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.prediction.FittedModel;
import io.customerintel.domain.prediction.ModelKind;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Each tenant's latest model per kind (one row each) and the tenant's choice of the count model that predicts. */
public final class PgCustomerBaseModelStore implements CustomerBaseModelStore {
  private static final String LIST = "select kind, parameters, log_likelihood, customers, period, calibration_end,"
      + " holdout, fitted_at, duration_ms from customer_base_model where tenant_id = $1";
  private static final String PREDICTION_MODEL = "select prediction_model from tenant where id = $1";
  private static final String SAVE = "insert into customer_base_model (tenant_id, kind, parameters, log_likelihood,"
      + " customers, period, calibration_end, holdout, fitted_at, duration_ms)"
      + " values ($1, $2, $3::jsonb, $4, $5, $6, $7, $8::jsonb, $9, $10)"
      + " on conflict (tenant_id, kind) do update set parameters = excluded.parameters,"
      + " log_likelihood = excluded.log_likelihood, customers = excluded.customers, period = excluded.period,"
      + " calibration_end = excluded.calibration_end, holdout = excluded.holdout, fitted_at = excluded.fitted_at,"
      + " duration_ms = excluded.duration_ms";
  private static final String CHOOSE = "update tenant set prediction_model = $2 where id = $1";
  /** A tenant whose last attempt failed is not retried before its models are due again. */
  private static final String FITTED_BEFORE = "select m.tenant_id from customer_base_model m"
      + " left join model_fit f on f.tenant_id = m.tenant_id"
      + " group by m.tenant_id, f.last_attempt_at"
      + " having max(m.fitted_at) < $1 and (f.last_attempt_at is null or f.last_attempt_at < $1)"
      + " order by m.tenant_id";

  private final Sql sql;

  public PgCustomerBaseModelStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<List<FittedModel>> list(TenantId tenantId) {
    return sql.run(LIST, Sql.args(tenantId.value())).map(rows -> {
      List<FittedModel> models = new ArrayList<>();
      for (Row row : rows) {
        models.add(model(row));
      }
      models.sort(Comparator.comparing(FittedModel::kind));
      return models;
    }).toCompletionStage();
  }

  @Override
  public CompletionStage<ModelKind> predictionModel(TenantId tenantId) {
    return sql.run(PREDICTION_MODEL, Sql.args(tenantId.value()))
        .map(rows -> ModelKind.valueOf(rows.iterator().next().getString("prediction_model"))).toCompletionStage();
  }

  @Override
  public CompletionStage<Void> save(TenantId tenantId, List<FittedModel> models) {
    return sql.<Void>inTransaction(conn -> {
      Future<?> done = Future.succeededFuture();
      for (FittedModel m : models) {
        done = done.compose(previous -> sql.run(conn, SAVE, Sql.args(tenantId.value(), m.kind().name(),
            ModelJson.parameters(m.parameters()), m.logLikelihood(), m.customers(), m.period().name(),
            m.calibrationEnd(), m.holdout() == null ? null : ModelJson.holdout(m.holdout()), Rows.utc(m.fittedAt()),
            m.duration().toMillis())));
      }
      return done.mapEmpty();
    }).toCompletionStage();
  }

  @Override
  public CompletionStage<Void> choosePredictionModel(TenantId tenantId, ModelKind kind) {
    return sql.run(CHOOSE, Sql.args(tenantId.value(), kind.name())).<Void>mapEmpty().toCompletionStage();
  }

  @Override
  public CompletionStage<List<TenantId>> fittedBefore(Instant instant) {
    return sql.run(FITTED_BEFORE, Sql.args(Rows.utc(instant))).map(rows -> {
      List<TenantId> due = new ArrayList<>();
      for (Row row : rows) {
        due.add(new TenantId(row.getLong("tenant_id")));
      }
      return due;
    }).toCompletionStage();
  }

  private static FittedModel model(Row row) {
    return new FittedModel(ModelKind.valueOf(row.getString("kind")),
        ModelJson.parameters((JsonArray) row.getValue("parameters")), row.getDouble("log_likelihood"),
        row.getLong("customers"), Interval.valueOf(row.getString("period")), row.getLocalDate("calibration_end"),
        ModelJson.holdout((JsonObject) row.getValue("holdout")), Rows.instant(row, "fitted_at"),
        Duration.ofMillis(row.getLong("duration_ms")));
  }
}

package io.customerintel.adapters.postgres.tenant;

import io.customerintel.adapters.postgres.model.ModelJson;
import io.customerintel.adapters.postgres.sql.Failures;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.KeyOwner;
import io.customerintel.application.port.out.TenantRepository;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.customerintel.domain.tenant.ApiKeyScope;
import java.util.EnumSet;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Tenants, their API keys (SHA-256 hashes only) and their first defection reasons. */
public final class PgTenantRepository implements TenantRepository {
  private static final String COLUMNS = "t.id, t.name, t.currency, t.time_zone, t.new_customer_window_days,"
      + " t.inactivity_window_days, t.won_back_window_days, t.loyal_tenure_days, t.loyal_purchase_days, t.created_at,"
      + " t.health_model, " + ModelJson.PREDICTION_COLUMN;

  private static final String INSERT_TENANT = "insert into tenant as t (name, currency, time_zone) values ($1, $2, $3)"
      + " on conflict (name) do nothing returning " + COLUMNS;
  private static final String INSERT_KEY = "insert into api_key (tenant_id, key_hash) values ($1, $2)";
  private static final String INSERT_REASONS = "insert into defection_reason (tenant_id, code, label, category, avoidable)"
      + " select $1, r.code, r.label, r.category, r.avoidable"
      + " from unnest($2::text[], $3::text[], $4::text[], $5::boolean[]) as r(code, label, category, avoidable)";
  /** Inserts the key unless stored; either way answers which tenant the key belongs to. */
  private static final String ADD_KEY = "with added as ("
      + " insert into api_key (tenant_id, key_hash, name) values ($1, $2, 'added')"
      + " on conflict (key_hash) do nothing returning tenant_id)"
      + " select tenant_id from added"
      + " union all select tenant_id from api_key where key_hash = $2 and not exists (select 1 from added)";
  private static final String LIST = "select " + COLUMNS + " from tenant t order by t.name";
  private static final String BY_NAME = "select " + COLUMNS + " from tenant t where t.name = $1";
  private static final String KEY_OWNER = "select " + COLUMNS + ", k.id as key_id, k.name as key_name, k.scopes,"
      + " k.persisted_queries_only, k.bucket_capacity, k.bucket_refill_per_second"
      + " from api_key k join tenant t on t.id = k.tenant_id where k.key_hash = $1 and k.revoked_at is null";

  private static final String SAVE_HEALTH_MODEL = "update tenant set health_model = $2::jsonb where id = $1";
  /**
   * Every customer is re-judged with the new model at the next catch-up: a null assessment time means "not only time
   * passed", so the change is recorded when it is made, not replayed into the past.
   */
  private static final String REASSESS_ALL = "with reset as ("
      + "  update customer set health_assessed_at = null where tenant_id = $1 returning id"
      + ") update customer_summary s set due_at = '-infinity' from reset r where s.customer_id = r.id"
      + " and s.tenant_id = $1";

  private final Sql sql;

  public PgTenantRepository(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<Tenant> create(String name, Currency currency, ZoneId zone, byte[] apiKeyHash,
                                        List<DefectionReason> defaultReasons) {
    Objects.requireNonNull(apiKeyHash, "apiKeyHash");
    return sql.<Tenant>inTransaction(conn ->
        sql.run(conn, INSERT_TENANT, Sql.args(name, currency.getCurrencyCode(), zone.getId())).compose(rows -> {
          if (rows.size() == 0) {
            return Future.failedFuture(new UseCaseException(ErrorCodes.CONFLICT, "a tenant named '" + name + "' exists"));
          }
          Tenant tenant = tenant(rows.iterator().next());
          long id = tenant.id().value();
          Future<?> key = sql.run(conn, INSERT_KEY, Sql.args(id, Buffer.buffer(apiKeyHash)));
          return key.compose(done -> insertReasons(conn, id, defaultReasons)).map(done -> tenant);
        })).toCompletionStage();
  }

  private Future<?> insertReasons(SqlConnection conn, long tenantId, List<DefectionReason> reasons) {
    if (reasons.isEmpty()) {
      return Future.succeededFuture();
    }
    int n = reasons.size();
    String[] codes = new String[n];
    String[] labels = new String[n];
    String[] categories = new String[n];
    Boolean[] avoidable = new Boolean[n];
    for (int i = 0; i < n; i++) {
      DefectionReason reason = reasons.get(i);
      codes[i] = reason.code();
      labels[i] = reason.label();
      categories[i] = reason.category().name();
      avoidable[i] = reason.avoidable();
    }
    return sql.run(conn, INSERT_REASONS, Sql.args(tenantId, codes, labels, categories, avoidable));
  }

  @Override
  public CompletionStage<Void> addApiKey(TenantId tenantId, byte[] apiKeyHash) {
    Objects.requireNonNull(apiKeyHash, "apiKeyHash");
    return sql.run(ADD_KEY, Sql.args(tenantId.value(), Buffer.buffer(apiKeyHash)))
        .recover(failure -> Failures.is(failure, Failures.FOREIGN_KEY_VIOLATION)
            ? Future.failedFuture(new UseCaseException(ErrorCodes.NOT_FOUND, "no tenant " + tenantId.value()))
            : Future.failedFuture(failure))
        .<Void>compose(rows -> {
          for (Row row : rows) {
            if (row.getLong("tenant_id") != tenantId.value()) {
              return Future.failedFuture(new UseCaseException(ErrorCodes.CONFLICT,
                  "this API key already belongs to another tenant"));
            }
          }
          return Future.succeededFuture();
        })
        .toCompletionStage();
  }

  @Override
  public CompletionStage<List<Tenant>> list() {
    return sql.run(LIST, Tuple.tuple()).map(PgTenantRepository::tenants).toCompletionStage();
  }

  @Override
  public CompletionStage<Optional<Tenant>> findByName(String name) {
    return sql.run(BY_NAME, Sql.args(name)).map(rows -> tenants(rows).stream().findFirst()).toCompletionStage();
  }

  @Override
  public CompletionStage<Optional<KeyOwner>> findKeyOwner(byte[] apiKeyHash) {
    return sql.run(KEY_OWNER, Sql.args(Buffer.buffer(apiKeyHash))).map(rows -> {
      if (rows.size() == 0) {
        return Optional.<KeyOwner>empty();
      }
      Row row = rows.iterator().next();
      EnumSet<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
      for (String scope : row.getArrayOfStrings("scopes")) {
        scopes.add(ApiKeyScope.valueOf(scope));
      }
      return Optional.of(new KeyOwner(tenant(row), new ApiKeyGrant(row.getLong("key_id"), row.getString("key_name"),
          scopes, row.getBoolean("persisted_queries_only"), row.getInteger("bucket_capacity"),
          row.getInteger("bucket_refill_per_second"))));
    }).toCompletionStage();
  }

  @Override
  public CompletionStage<Void> saveHealthModel(TenantId tenantId, HealthPolicy model) {
    return sql.<Void>inTransaction(conn -> sql.run(conn, SAVE_HEALTH_MODEL,
                Sql.args(tenantId.value(), HealthModelJson.encode(model)))
            .compose(done -> sql.run(conn, REASSESS_ALL, Sql.args(tenantId.value())))
            .mapEmpty())
        .toCompletionStage();
  }

  private static List<Tenant> tenants(RowSet<Row> rows) {
    List<Tenant> tenants = new ArrayList<>(rows.size());
    for (Row row : rows) {
      tenants.add(tenant(row));
    }
    return tenants;
  }

  static Tenant tenant(Row row) {
    LifecyclePolicy policy = new LifecyclePolicy(row.getInteger("new_customer_window_days"),
        row.getInteger("inactivity_window_days"), row.getInteger("won_back_window_days"),
        row.getInteger("loyal_tenure_days"), row.getInteger("loyal_purchase_days"));
    return new Tenant(new TenantId(row.getLong("id")), row.getString("name"),
        Currency.getInstance(row.getString("currency").trim()), ZoneId.of(row.getString("time_zone")), policy,
        HealthModelJson.decode((JsonObject) row.getValue("health_model")), Rows.instant(row, "created_at"),
        ModelJson.prediction(row.getString("prediction_model"), (JsonObject) row.getValue("prediction")));
  }
}

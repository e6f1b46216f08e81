package io.customerintel.adapters.postgres.tenant;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.ApiKeyRepository;
import io.customerintel.application.port.out.KeyRevocation;
import io.customerintel.application.port.out.NewApiKey;
import io.customerintel.domain.tenant.ApiKey;
import io.customerintel.domain.tenant.ApiKeyScope;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** A tenant's API keys in {@code api_key}: names, scopes and secret hashes; the hash is never read back. */
public final class PgApiKeyRepository implements ApiKeyRepository {
  private static final String COLUMNS = "id, name, scopes, persisted_queries_only, created_at, revoked_at,"
      + " bucket_capacity, bucket_refill_per_second";

  private static final String INSERT = "insert into api_key (tenant_id, key_hash, name, scopes, persisted_queries_only,"
      + " bucket_capacity, bucket_refill_per_second) values ($1, $2, $3, $4::text[], $5, $6, $7) returning " + COLUMNS;
  private static final String LIST = "select " + COLUMNS + " from api_key where tenant_id = $1 order by id";
  private static final String FIND = "select " + COLUMNS + " from api_key where tenant_id = $1 and id = $2";
  /**
   * The key to revoke and every unrevoked ADMIN key of the tenant, locked in id order: concurrent revocations queue
   * here, and the one that waited sees the other's revocation (the row no longer qualifies and is skipped).
   */
  private static final String LOCK_FOR_REVOCATION = "select " + COLUMNS + " from api_key where tenant_id = $1"
      + " and (id = $2 or (revoked_at is null and 'ADMIN' = any(scopes))) order by id for update";
  private static final String REVOKE = "update api_key set revoked_at = now() where id = $1 returning " + COLUMNS;

  private final Sql sql;

  public PgApiKeyRepository(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<ApiKey> create(TenantId tenantId, NewApiKey key) {
    String[] scopes = key.scopes().stream().sorted().map(ApiKeyScope::name).toArray(String[]::new);
    return sql.run(INSERT, Sql.args(tenantId.value(), Buffer.buffer(key.secretHash()), key.name(), scopes,
            key.persistedQueriesOnly(), key.bucketCapacity(), key.bucketRefillPerSecond()))
        .map(rows -> key(rows.iterator().next()))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<List<ApiKey>> list(TenantId tenantId) {
    return sql.run(LIST, Sql.args(tenantId.value())).map(PgApiKeyRepository::keys).toCompletionStage();
  }

  @Override
  public CompletionStage<Optional<ApiKey>> find(TenantId tenantId, long keyId) {
    return sql.run(FIND, Sql.args(tenantId.value(), keyId))
        .map(rows -> keys(rows).stream().findFirst())
        .toCompletionStage();
  }

  @Override
  public CompletionStage<KeyRevocation> revoke(TenantId tenantId, long keyId) {
    return sql.inTransaction(conn -> sql.run(conn, LOCK_FOR_REVOCATION, Sql.args(tenantId.value(), keyId))
        .compose(rows -> revokeLocked(conn, keyId, keys(rows)))).toCompletionStage();
  }

  private Future<KeyRevocation> revokeLocked(SqlConnection conn, long keyId, List<ApiKey> locked) {
    Optional<ApiKey> target = locked.stream().filter(key -> key.id() == keyId).findFirst();
    if (target.isEmpty()) {
      return Future.succeededFuture(new KeyRevocation(KeyRevocation.Outcome.NOT_FOUND, Optional.empty()));
    }
    ApiKey key = target.get();
    if (key.revoked()) {
      return Future.succeededFuture(new KeyRevocation(KeyRevocation.Outcome.ALREADY_REVOKED, target));
    }
    long unrevokedAdmins = locked.stream().filter(k -> !k.revoked() && k.allows(ApiKeyScope.ADMIN)).count();
    if (key.allows(ApiKeyScope.ADMIN) && unrevokedAdmins <= 1) {
      return Future.succeededFuture(new KeyRevocation(KeyRevocation.Outcome.LAST_ADMIN_KEY, target));
    }
    return sql.run(conn, REVOKE, Sql.args(keyId)).map(rows ->
        new KeyRevocation(KeyRevocation.Outcome.REVOKED, Optional.of(key(rows.iterator().next()))));
  }

  private static List<ApiKey> keys(RowSet<Row> rows) {
    List<ApiKey> keys = new ArrayList<>(rows.size());
    for (Row row : rows) {
      keys.add(key(row));
    }
    return keys;
  }

  private static ApiKey key(Row row) {
    EnumSet<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
    for (String scope : row.getArrayOfStrings("scopes")) {
      scopes.add(ApiKeyScope.valueOf(scope));
    }
    return new ApiKey(row.getLong("id"), row.getString("name"), scopes, row.getBoolean("persisted_queries_only"),
        Rows.instant(row, "created_at"), Rows.instant(row, "revoked_at"), row.getInteger("bucket_capacity"),
        row.getInteger("bucket_refill_per_second"));
  }
}

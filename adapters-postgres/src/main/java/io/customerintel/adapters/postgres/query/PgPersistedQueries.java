package io.customerintel.adapters.postgres.query;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.PersistedQueries;
import io.customerintel.domain.query.DocumentHash;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Persisted documents in {@code persisted_query}, one row per hash; the first registration of a hash wins. */
public final class PgPersistedQueries implements PersistedQueries {
  private static final String FIND = "select document from persisted_query where sha256 = $1";
  private static final String SAVE = "insert into persisted_query (sha256, document) values ($1, $2)"
      + " on conflict (sha256) do nothing";

  private final Sql sql;

  public PgPersistedQueries(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<Optional<String>> find(DocumentHash hash) {
    return sql.run(FIND, Sql.args(hash.hex()))
        .map(rows -> rows.size() == 0 ? Optional.<String>empty()
            : Optional.of(rows.iterator().next().getString("document")))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Void> save(DocumentHash hash, String document) {
    return sql.run(SAVE, Sql.args(hash.hex(), document)).<Void>mapEmpty().toCompletionStage();
  }
}

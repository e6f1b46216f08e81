package io.customerintel.adapters.postgres.testing.setup;

import io.customerintel.adapters.postgres.setup.PgPools;
import io.customerintel.adapters.postgres.setup.PostgresSettings;
import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pool is lazy and configured once; these check it really talks to PostgreSQL with those options. */
@ExtendWith(ScratchDatabase.class)
class PgPoolsTest {

  @Test
  void connectOptionsCachePreparedStatements(PostgresSettings settings) {
    PgConnectOptions options = PgPools.connectOptions(settings);
    assertTrue(options.getCachePreparedStatements());
    assertTrue(options.getPipeliningLimit() > 1 && options.getPipeliningLimit() <= 256);
    assertTrue(options.getPreparedStatementCacheSqlFilter().test("x".repeat(10_000)), "long analytics SQL is cached");
    assertEquals(settings.poolSize(), PgPools.poolOptions(settings).getMaxSize());
  }

  @Test
  void poolRunsPreparedQueries(Pool pool, PostgresSettings settings) throws Exception {
    Row row = pool.preparedQuery("SELECT current_database(), $1::int + 1")
        .execute(Tuple.of(41))
        .await(10, TimeUnit.SECONDS)
        .iterator().next();
    assertEquals(settings.database(), row.getString(0));
    assertEquals(42, row.getInteger(1));
  }

  @Test
  void ownPoolCanBeClosed(Vertx vertx, PostgresSettings settings) throws Exception {
    Pool own = PgPools.create(vertx, settings.withPoolSize(2));
    try {
      assertEquals(1, own.query("SELECT 1").execute().await(10, TimeUnit.SECONDS).size());
    } finally {
      own.close().await(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void unreachableServerFailsTheQueryNotTheBuild(Vertx vertx) throws Exception {
    PostgresSettings nowhere = PostgresSettings.of("127.0.0.1", DatabaseProvisionerTest.unusedPort(), "x", "u", null);
    Pool pool = PgPools.create(vertx, nowhere);
    try {
      Exception e = assertThrows(Exception.class, () -> pool.query("SELECT 1").execute().await(20, TimeUnit.SECONDS));
      assertTrue(String.valueOf(e.getMessage()).contains("Connection refused"), String.valueOf(e));
    } finally {
      pool.close().await(10, TimeUnit.SECONDS);
    }
  }
}

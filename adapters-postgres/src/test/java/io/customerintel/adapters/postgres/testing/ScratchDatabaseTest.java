package io.customerintel.adapters.postgres.testing;

import io.customerintel.adapters.postgres.setup.DatabaseProvisioner;
import io.customerintel.adapters.postgres.setup.Migrator;
import io.customerintel.adapters.postgres.setup.PostgresSettings;
import io.vertx.sqlclient.Pool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scratch database must be unique, migrated, shared within the run and explain itself when it cannot exist. */
@ExtendWith(ScratchDatabase.class)
class ScratchDatabaseTest {

  @Test
  void oneUniquelyNamedDatabasePerRun(PostgresSettings injected) {
    PostgresSettings settings = ScratchDatabase.settings();
    assertSame(settings, injected);
    assertTrue(settings.database().matches("ci_test_\\d{14}_[a-z0-9]{8}"), settings.database());
    assertTrue(new DatabaseProvisioner().databaseExists(settings));
    assertNotEquals(ScratchDatabase.newDatabaseName(), ScratchDatabase.newDatabaseName());
  }

  @Test
  void databaseIsMigratedWithTheRealMigrations(Pool pool) throws Exception {
    assertSame(ScratchDatabase.pool(), pool);
    long historyTables = pool.query("SELECT count(*) FROM pg_tables WHERE tablename = 'flyway_schema_history'")
        .execute().await(10, TimeUnit.SECONDS).iterator().next().getLong(0);
    assertEquals(1, historyTables, "Flyway ran on the scratch database");
    String database = pool.query("SELECT current_database()")
        .execute().await(10, TimeUnit.SECONDS).iterator().next().getString(0);
    assertEquals(ScratchDatabase.settings().database(), database);
  }

  @Test
  void serverComesFromLibpqVariables() {
    PostgresSettings server = ScratchDatabase.serverFromEnvironment(
        Map.of("PGHOST", "db", "PGPORT", "6000", "PGUSER", "alice", "PGPASSWORD", "pw", "PGSSLMODE", "disable"));
    assertEquals(new PostgresSettings("db", 6000, "postgres", "alice", "pw", "disable", 8), server);
    PostgresSettings defaults = ScratchDatabase.serverFromEnvironment(Map.of());
    assertEquals("127.0.0.1", defaults.host());
    assertEquals(5432, defaults.port());
    assertEquals(System.getProperty("user.name"), defaults.user());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ScratchDatabase.serverFromEnvironment(Map.of("PGPORT", "abc")));
    assertEquals("PGPORT must be a number from 1 to 65535, got 'abc'", e.getMessage());
  }

  @Test
  void unreachableServerExplainsWhatToDo() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    PostgresSettings down = PostgresSettings.of("127.0.0.1", closedPort, "postgres", "nobody", null);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ScratchDatabase.create(down, new Migrator()));
    assertTrue(e.getMessage().startsWith("no scratch database for the tests: cannot reach PostgreSQL at 127.0.0.1:"
        + closedPort + "/ci_test_"), e.getMessage());
    assertTrue(e.getMessage().contains("(Connection refused)"), e.getMessage());
    assertTrue(e.getMessage().contains("PGHOST"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void failedMigrationDropsTheHalfMadeDatabase() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ScratchDatabase.create(ScratchDatabase.server(), new Migrator("classpath:db/testmigration_broken")));
    assertTrue(e.getMessage().startsWith("the scratch database could not be migrated: migrating "), e.getMessage());
    String name = e.getMessage().replaceAll(".*/(ci_test_\\w+) failed.*", "$1");
    assertFalse(new DatabaseProvisioner().databaseExists(ScratchDatabase.server().withDatabase(name)), name);
  }
}

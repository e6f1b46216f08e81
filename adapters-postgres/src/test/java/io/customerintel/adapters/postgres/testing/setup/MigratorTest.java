package io.customerintel.adapters.postgres.testing.setup;

import io.customerintel.adapters.postgres.setup.DatabaseProvisioner;
import io.customerintel.adapters.postgres.setup.DatabaseUnavailableException;
import io.customerintel.adapters.postgres.setup.MigrationFailedException;
import io.customerintel.adapters.postgres.setup.MigrationReport;
import io.customerintel.adapters.postgres.setup.Migrator;
import io.customerintel.adapters.postgres.setup.PostgresSettings;
import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each test migrates its own empty database with the test-only migrations, never the real schema. */
class MigratorTest {

  private final DatabaseProvisioner provisioner = new DatabaseProvisioner();
  private PostgresSettings settings;

  @BeforeEach
  void createEmptyDatabase() {
    settings = ScratchDatabase.server()
        .withDatabase("ci_migrator_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
    provisioner.ensureDatabaseExists(settings);
  }

  @AfterEach
  void dropIt() {
    provisioner.dropDatabase(settings);
  }

  @Test
  void appliesPendingMigrationsOnce() {
    Migrator migrator = new Migrator("classpath:db/testmigration");
    assertEquals(new MigrationReport(2, "2"), migrator.migrate(settings));
    MigrationReport again = migrator.migrate(settings);
    assertEquals(new MigrationReport(0, "2"), again);
    assertEquals("2", again.version().orElseThrow());
  }

  @Test
  void missingLocationMigratesNothing() {
    MigrationReport report = new Migrator("classpath:db/no_such_location").migrate(settings);
    assertEquals(0, report.migrationsExecuted());
    assertNull(report.currentVersion());
    assertTrue(report.version().isEmpty());
  }

  @Test
  void defaultLocationIsTheRealSchema() {
    assertEquals(java.util.List.of("classpath:db/migration"), new Migrator().locations());
  }

  @Test
  void brokenMigrationNamesTheFileAndTheReason() {
    Migrator migrator = new Migrator("classpath:db/testmigration_broken");
    MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migrator.migrate(settings));
    assertTrue(e.getMessage().startsWith("migrating " + settings.target() + " failed: "), e.getMessage());
    assertTrue(e.getMessage().contains("V2__broken.sql"), e.getMessage());
    assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void changedMigrationFailsValidation() {
    new Migrator("classpath:db/testmigration").migrate(settings);
    // same versions, different content: Flyway's checksum check must stop it
    Migrator changed = new Migrator("classpath:db/testmigration_broken");
    MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> changed.migrate(settings));
    assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void unreachableServerIsReportedAsUnavailable() throws Exception {
    PostgresSettings nowhere = settings.withDatabase("x");
    PostgresSettings closed = new PostgresSettings(nowhere.host(), DatabaseProvisionerTest.unusedPort(), "x",
        nowhere.user(), null, "disable", 1);
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> new Migrator("classpath:db/testmigration").migrate(closed));
    assertEquals("cannot reach PostgreSQL at " + closed.target() + " (Connection refused)", e.getMessage());
  }

  @Test
  void missingDatabaseIsReportedAsUnavailable() {
    PostgresSettings missing = settings.withDatabase("ci_migrator_missing_db");
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> new Migrator("classpath:db/testmigration").migrate(missing));
    assertTrue(e.getMessage().startsWith("database ci_migrator_missing_db does not exist at "), e.getMessage());
  }
}

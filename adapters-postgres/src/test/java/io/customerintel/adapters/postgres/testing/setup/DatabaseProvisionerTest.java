package io.customerintel.adapters.postgres.testing.setup;

import io.customerintel.adapters.postgres.setup.DatabaseProvisioner;
import io.customerintel.adapters.postgres.setup.DatabaseUnavailableException;
import io.customerintel.adapters.postgres.setup.PostgresSettings;
import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs against the real test server: databases with awkward names, races, and the messages for broken setups. */
class DatabaseProvisionerTest {

  private final DatabaseProvisioner provisioner = new DatabaseProvisioner();
  private final PostgresSettings server = ScratchDatabase.server();
  private final List<PostgresSettings> created = new ArrayList<>();

  @AfterEach
  void dropEverythingCreated() {
    created.forEach(provisioner::dropDatabase);
  }

  private PostgresSettings fresh(String stem) {
    PostgresSettings settings = server.withDatabase(stem + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
    created.add(settings);
    return settings;
  }

  @Test
  void createsOnceAndThenLeavesItAlone() {
    PostgresSettings settings = fresh("ci_prov_");
    assertFalse(provisioner.databaseExists(settings));
    provisioner.ensureDatabaseExists(settings);
    assertTrue(provisioner.databaseExists(settings));
    provisioner.ensureDatabaseExists(settings);
    assertTrue(provisioner.databaseExists(settings));
  }

  @Test
  void quotesNamesThatNeedIt() throws Exception {
    PostgresSettings settings = fresh("Ci \"Quoted\"; DROP DATABASE postgres; -- ");
    provisioner.ensureDatabaseExists(settings);
    assertTrue(provisioner.databaseExists(settings));
    try (Connection connection = connect(settings)) {
      var rows = connection.createStatement().executeQuery("SELECT current_database()");
      assertTrue(rows.next());
      assertEquals(settings.database(), rows.getString(1));
    }
    assertTrue(provisioner.databaseExists(server.withDatabase("postgres")));
  }

  @Test
  void quoteIdentifierDoublesQuotes() {
    assertEquals("\"plain\"", DatabaseProvisioner.quoteIdentifier("plain"));
    assertEquals("\"a\"\"b\"", DatabaseProvisioner.quoteIdentifier("a\"b"));
    assertThrows(IllegalArgumentException.class, () -> DatabaseProvisioner.quoteIdentifier("a\0b"));
  }

  @Test
  void concurrentCreatorsAllSucceed() throws Exception {
    PostgresSettings settings = fresh("ci_race_");
    int racers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Void>> results = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        Callable<Void> create = () -> {
          start.await();
          provisioner.ensureDatabaseExists(settings);
          return null;
        };
        results.add(pool.submit(create));
      }
      start.countDown();
      for (Future<Void> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(provisioner.databaseExists(settings));
  }

  @Test
  void dropDisconnectsOtherSessions() throws Exception {
    PostgresSettings settings = fresh("ci_drop_");
    provisioner.ensureDatabaseExists(settings);
    try (Connection stillOpen = connect(settings)) {
      assertTrue(stillOpen.isValid(5));
      provisioner.dropDatabase(settings);
      assertFalse(provisioner.databaseExists(settings));
      assertFalse(stillOpen.isValid(5), "the other session was terminated");
    }
    provisioner.dropDatabase(settings); // absent: nothing to do
  }

  @Test
  void refusesToDropMaintenanceDatabases() {
    assertThrows(IllegalArgumentException.class, () -> provisioner.dropDatabase(server.withDatabase("postgres")));
    assertThrows(IllegalArgumentException.class, () -> provisioner.dropDatabase(server.withDatabase("template1")));
  }

  @Test
  void unreachableServerIsOneClearLine() throws IOException {
    PostgresSettings nowhere = PostgresSettings.of("127.0.0.1", unusedPort(), "customer_intel", "app", null);
    DatabaseUnavailableException e =
        assertThrows(DatabaseUnavailableException.class, () -> provisioner.ensureDatabaseExists(nowhere));
    assertEquals("cannot reach PostgreSQL at " + nowhere.target() + " (Connection refused)", e.getMessage());
    assertThrows(DatabaseUnavailableException.class, () -> provisioner.dropDatabase(nowhere));
  }

  @Test
  void unknownHostIsNamed() {
    PostgresSettings nowhere = PostgresSettings.of("no-such-host.invalid", 5432, "customer_intel", "app", null);
    DatabaseUnavailableException e =
        assertThrows(DatabaseUnavailableException.class, () -> provisioner.ensureDatabaseExists(nowhere));
    assertTrue(e.getMessage().startsWith("cannot reach PostgreSQL at no-such-host.invalid:5432/customer_intel ("),
        e.getMessage());
    assertTrue(e.getMessage().contains("no-such-host.invalid"), e.getMessage());
  }

  @Test
  void unknownUserIsAnAuthenticationFailure() {
    PostgresSettings stranger = new PostgresSettings(server.host(), server.port(), "customer_intel",
        "ci_no_such_role", "wrong", server.sslMode(), 1);
    DatabaseUnavailableException e =
        assertThrows(DatabaseUnavailableException.class, () -> provisioner.ensureDatabaseExists(stranger));
    assertTrue(e.getMessage().startsWith("authentication failed for user ci_no_such_role at "
        + stranger.target() + " ("), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertFalse(e.getMessage().contains("wrong"), "never echo the password");
  }

  private static Connection connect(PostgresSettings settings) throws Exception {
    Properties properties = new Properties();
    properties.setProperty("user", settings.user());
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    return DriverManager.getConnection(settings.jdbcUrl(), properties);
  }

  static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

package io.customerintel.adapters.postgres.testing;

import io.customerintel.adapters.postgres.setup.DatabaseProvisioner;
import io.customerintel.adapters.postgres.setup.Migrator;
import io.customerintel.adapters.postgres.setup.PgPools;
import io.customerintel.adapters.postgres.setup.PostgresSettings;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every test in one JVM run the same freshly created and migrated PostgreSQL database, and drops it at the end,
 * so database tests never see each other's leftovers from earlier runs nor depend on a hand-made database.
 *
 * <p>Use it as {@code @ExtendWith(ScratchDatabase.class)} (which also injects {@link PostgresSettings}, {@link Pool}
 * and {@link Vertx} parameters) and/or through the static {@link #settings()}, {@link #pool()} and {@link #vertx()}.
 * The database is created on first use and closed with the JUnit run when the extension is registered anywhere in
 * it; with the static accessors alone it is dropped by a JVM shutdown hook instead.
 *
 * <p>The server comes from libpq's variables: {@code PGHOST} (default 127.0.0.1), {@code PGPORT} (5432),
 * {@code PGUSER} (default: the OS user), {@code PGPASSWORD}, {@code PGSSLMODE}. Set
 * {@code KEEP_SCRATCH_DATABASE=true} to keep the database for a post-mortem.
 */
public final class ScratchDatabase implements BeforeAllCallback, ParameterResolver {

  static final String NAME_PREFIX = "ci_test_";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final Pattern SCRATCH_NAME = Pattern.compile("ci_test_(\\d{14})_[a-z0-9]+");
  /** Scratch databases this old were left by killed runs; younger ones may belong to a run in progress. */
  private static final Duration STALE_AFTER = Duration.ofHours(12);
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ScratchDatabase.class);
  private static final Object LOCK = new Object();

  private static Scratch current;
  private static RuntimeException failure;

  /** Settings of the scratch database, creating and migrating it on first call. */
  public static PostgresSettings settings() {
    return acquire().settings;
  }

  /** The run's shared Vert.x instance, closed at the end of the run. */
  public static Vertx vertx() {
    return acquire().vertx();
  }

  /** The run's shared pool on the scratch database, closed at the end of the run. */
  public static Pool pool() {
    return acquire().pool();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Scratch scratch = acquire();
    // the root store is closed once, after the last test of the run: that is where the database gets dropped
    context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Scratch.class, key -> scratch, Scratch.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    return type == PostgresSettings.class || type == Pool.class || type == Vertx.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    if (type == PostgresSettings.class) {
      return settings();
    }
    return type == Pool.class ? pool() : vertx();
  }

  /**
   * The test server from the PG* variables, pointed at its {@code postgres} database; for tests that need a database
   * of their own (create it with {@link DatabaseProvisioner}, drop it afterwards).
   */
  public static PostgresSettings server() {
    return serverFromEnvironment(System.getenv());
  }

  /** The server the scratch database goes on, as the libpq variables in {@code env} describe it. */
  static PostgresSettings serverFromEnvironment(Map<String, String> env) {
    String host = valueOr(env, "PGHOST", "127.0.0.1");
    String portText = valueOr(env, "PGPORT", "5432");
    int port;
    try {
      port = Integer.parseInt(portText.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("PGPORT must be a number from 1 to 65535, got '" + portText + "'");
    }
    String user = valueOr(env, "PGUSER", System.getProperty("user.name"));
    String password = env.get("PGPASSWORD");
    String sslMode = valueOr(env, "PGSSLMODE", PostgresSettings.DEFAULT_SSL_MODE);
    try {
      return new PostgresSettings(host, port, "postgres", user, password, sslMode, PostgresSettings.DEFAULT_POOL_SIZE);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("scratch database settings from PG* variables are invalid: " + e.getMessage());
    }
  }

  /** A new, uniquely named database name like {@code ci_test_20260131120000_k3x9q2m1}. */
  static String newDatabaseName() {
    String stamp = LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
    SecureRandom random = new SecureRandom();
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      suffix.append(Character.forDigit(random.nextInt(36), 36));
    }
    return NAME_PREFIX + stamp + "_" + suffix;
  }

  /** Creates and migrates a scratch database on {@code server}; failures carry one line saying what to fix. */
  static Scratch create(PostgresSettings server, Migrator migrator) {
    PostgresSettings settings = server.withDatabase(newDatabaseName());
    DatabaseProvisioner provisioner = new DatabaseProvisioner();
    try {
      sweepStale(server, provisioner);
      provisioner.ensureDatabaseExists(settings);
    } catch (RuntimeException e) {
      throw new IllegalStateException("no scratch database for the tests: " + e.getMessage()
          + ". Start PostgreSQL or point PGHOST/PGPORT/PGUSER/PGPASSWORD at a server where this user may create"
          + " databases.", e);
    }
    try {
      migrator.migrate(settings);
    } catch (RuntimeException e) {
      dropQuietly(provisioner, settings);
      throw new IllegalStateException("the scratch database could not be migrated: " + e.getMessage(), e);
    }
    return new Scratch(settings, provisioner);
  }

  private static Scratch acquire() {
    synchronized (LOCK) {
      if (current != null) {
        return current;
      }
      if (failure != null) {
        // fail every later test at once, with the first reason, instead of waiting on the server again
        throw new IllegalStateException(failure.getMessage(), failure);
      }
      try {
        current = create(serverFromEnvironment(System.getenv()), new Migrator());
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
      Scratch created = current;
      Runtime.getRuntime().addShutdownHook(new Thread(created::close, "scratch-database-cleanup"));
      return created;
    }
  }

  private static void sweepStale(PostgresSettings server, DatabaseProvisioner provisioner) {
    LocalDateTime cutoff = LocalDateTime.now(ZoneOffset.UTC).minus(STALE_AFTER);
    for (String name : scratchDatabases(server)) {
      Matcher matcher = SCRATCH_NAME.matcher(name);
      if (!matcher.matches()) {
        continue;
      }
      try {
        if (LocalDateTime.parse(matcher.group(1), STAMP).isBefore(cutoff)) {
          dropQuietly(provisioner, server.withDatabase(name));
        }
      } catch (DateTimeParseException ignored) {
        // not one of ours after all
      }
    }
  }

  private static List<String> scratchDatabases(PostgresSettings server) {
    List<String> names = new ArrayList<>();
    Properties properties = new Properties();
    properties.setProperty("user", server.user());
    if (server.password() != null) {
      properties.setProperty("password", server.password());
    }
    try (Connection connection = new org.postgresql.Driver().connect(server.jdbcUrl(), properties);
         PreparedStatement query = connection.prepareStatement(
             "SELECT datname FROM pg_database WHERE starts_with(datname, ?)")) {
      query.setString(1, NAME_PREFIX);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    } catch (SQLException | RuntimeException e) {
      // sweeping is a courtesy; creating the database reports real connection problems
    }
    return names;
  }

  private static void dropQuietly(DatabaseProvisioner provisioner, PostgresSettings settings) {
    try {
      provisioner.dropDatabase(settings);
    } catch (RuntimeException e) {
      System.err.println("[ScratchDatabase] could not drop " + settings.target() + ": " + e.getMessage());
    }
  }

  private static String valueOr(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  /** One run's database plus its lazily started Vert.x and pool; closing tears all three down. */
  @SuppressWarnings("deprecation") // CloseableResource for JUnit < 5.13 consumers; 5.13+ calls AutoCloseable.close once
  static final class Scratch implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    final PostgresSettings settings;
    private final DatabaseProvisioner provisioner;
    private final AtomicBoolean closed = new AtomicBoolean();
    private Vertx vertx;
    private Pool pool;

    Scratch(PostgresSettings settings, DatabaseProvisioner provisioner) {
      this.settings = settings;
      this.provisioner = provisioner;
    }

    synchronized Vertx vertx() {
      requireOpen();
      if (vertx == null) {
        vertx = Vertx.vertx();
      }
      return vertx;
    }

    synchronized Pool pool() {
      requireOpen();
      if (pool == null) {
        pool = PgPools.create(vertx(), settings);
      }
      return pool;
    }

    private void requireOpen() {
      if (closed.get()) {
        throw new IllegalStateException("the scratch database " + settings.database() + " was already dropped");
      }
    }

    @Override
    public void close() {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      synchronized (LOCK) {
        if (current == this) {
          current = null;
        }
      }
      synchronized (this) {
        if (pool != null) {
          awaitQuietly(pool.close(), "pool");
        }
        if (vertx != null) {
          awaitQuietly(vertx.close(), "Vert.x");
        }
      }
      if ("true".equalsIgnoreCase(System.getenv("KEEP_SCRATCH_DATABASE"))) {
        System.err.println("[ScratchDatabase] keeping " + settings.target());
        return;
      }
      dropQuietly(provisioner, settings);
    }

    private static void awaitQuietly(io.vertx.core.Future<Void> closing, String what) {
      try {
        closing.await(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        System.err.println("[ScratchDatabase] closing the " + what + " failed: " + e);
      }
    }
  }
}

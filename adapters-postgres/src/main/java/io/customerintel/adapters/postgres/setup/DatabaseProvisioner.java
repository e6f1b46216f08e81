package io.customerintel.adapters.postgres.setup;

import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Creates and drops whole databases, which cannot be done from inside the database itself, so it goes through the
 * server's maintenance database over plain JDBC before any pool exists.
 */
public final class DatabaseProvisioner {

  private static final List<String> MAINTENANCE_DATABASES = List.of("postgres", "template1");
  private static final Set<String> NEVER_DROP = Set.of("postgres", "template0", "template1");

  /** Creates {@code settings.database()} unless it exists; safe to race against another creator. */
  public void ensureDatabaseExists(PostgresSettings settings) {
    try (Connection maintenance = openMaintenance(settings)) {
      if (exists(maintenance, settings.database())) {
        return;
      }
      try (Statement statement = maintenance.createStatement()) {
        statement.execute("CREATE DATABASE " + quoteIdentifier(settings.database()));
      } catch (SQLException e) {
        // 42P04 duplicate_database; 23505 when two CREATEs collide on pg_database's unique index
        boolean lostRace = ("42P04".equals(e.getSQLState()) || "23505".equals(e.getSQLState()))
            && exists(maintenance, settings.database());
        if (!lostRace) {
          throw e;
        }
      }
    } catch (SQLException e) {
      throw SqlFailures.unavailable(settings, e);
    }
  }

  /** Drops {@code settings.database()} if it exists, disconnecting anyone still using it first. */
  public void dropDatabase(PostgresSettings settings) {
    if (NEVER_DROP.contains(settings.database())) {
      throw new IllegalArgumentException("refusing to drop the maintenance database " + settings.database());
    }
    try (Connection maintenance = openMaintenance(settings)) {
      try (PreparedStatement terminate = maintenance.prepareStatement(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
        terminate.setString(1, settings.database());
        terminate.executeQuery().close();
      } catch (SQLException e) {
        // other roles' sessions may be off limits; DROP then reports the real obstacle
        if (!"42501".equals(e.getSQLState())) {
          throw e;
        }
      }
      // FORCE (PostgreSQL 13+) closes the gap where a client reconnects between terminate and drop
      String force = maintenance.getMetaData().getDatabaseMajorVersion() >= 13 ? " WITH (FORCE)" : "";
      try (Statement statement = maintenance.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + quoteIdentifier(settings.database()) + force);
      }
    } catch (SQLException e) {
      throw SqlFailures.unavailable(settings, e);
    }
  }

  /** Whether {@code settings.database()} exists on the server. */
  public boolean databaseExists(PostgresSettings settings) {
    try (Connection maintenance = openMaintenance(settings)) {
      return exists(maintenance, settings.database());
    } catch (SQLException e) {
      throw SqlFailures.unavailable(settings, e);
    }
  }

  /** Double-quotes an identifier so any name, including quotes and mixed case, is taken literally. */
  public static String quoteIdentifier(String identifier) {
    if (identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("identifier must not contain a NUL character");
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** Opens a JDBC connection to exactly the database in {@code settings}; the caller closes it. */
  static Connection open(PostgresSettings settings) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", settings.user());
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    // the driver directly, not DriverManager: no dependence on service-loader registration in a shaded jar
    Connection connection = new Driver().connect(settings.jdbcUrl(), properties);
    if (connection == null) {
      throw new SQLException("pgjdbc did not accept URL " + settings.jdbcUrl(), "08001");
    }
    return connection;
  }

  private static Connection openMaintenance(PostgresSettings settings) throws SQLException {
    SQLException missing = null;
    for (String maintenance : MAINTENANCE_DATABASES) {
      try {
        return open(settings.withDatabase(maintenance));
      } catch (SQLException e) {
        if (!"3D000".equals(e.getSQLState())) {
          throw e;
        }
        missing = e;
      }
    }
    throw new DatabaseUnavailableException("cannot manage database " + settings.target()
        + ": neither maintenance database " + String.join(" nor ", MAINTENANCE_DATABASES) + " exists", missing);
  }

  private static boolean exists(Connection maintenance, String database) throws SQLException {
    try (PreparedStatement query = maintenance.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, database);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}

package io.customerintel.adapters.postgres.setup;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Brings a database's schema up to date with Flyway over JDBC; the only place Flyway is used, so the reactive
 * adapters never depend on it.
 */
public final class Migrator {

  public static final String DEFAULT_LOCATION = "classpath:db/migration";

  private final List<String> locations;

  /** Migrates from {@value #DEFAULT_LOCATION}. */
  public Migrator() {
    this(DEFAULT_LOCATION);
  }

  /** Migrates from the given Flyway locations, e.g. {@code classpath:db/testmigration}. */
  public Migrator(String... locations) {
    if (locations.length == 0) {
      throw new IllegalArgumentException("at least one migration location is needed");
    }
    this.locations = List.copyOf(Arrays.asList(locations));
  }

  public List<String> locations() {
    return locations;
  }

  /**
   * Applies pending migrations to {@code settings.database()}, which must exist.
   *
   * @throws DatabaseUnavailableException when the database cannot be reached or logged into
   * @throws MigrationFailedException     when a migration or the validation of applied ones fails
   */
  public MigrationReport migrate(PostgresSettings settings) {
    Flyway flyway = Flyway.configure(Migrator.class.getClassLoader())
        .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
        .locations(locations.toArray(String[]::new))
        .failOnMissingLocations(false)
        .cleanDisabled(true)
        .load();
    try {
      MigrateResult result = flyway.migrate();
      MigrationInfo current = flyway.info().current();
      String version = current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
      return new MigrationReport(result.migrationsExecuted, version);
    } catch (FlywayException e) {
      throw translate(settings, e);
    }
  }

  private static RuntimeException translate(PostgresSettings settings, FlywayException e) {
    SQLException sql = firstSqlException(e);
    if (sql != null && isConnectionProblem(sql)) {
      return SqlFailures.unavailable(settings, sql);
    }
    String flywaySays = SqlFailures.firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    String detail = sql != null ? SqlFailures.reason(sql) : remainingLines(e.getMessage());
    return new MigrationFailedException("migrating " + settings.target() + " failed: " + flywaySays
        + (detail.isEmpty() || detail.equals(flywaySays) ? "" : " (" + detail + ")"), e);
  }

  private static boolean isConnectionProblem(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.startsWith("08") || state.startsWith("28") || state.equals("3D000")
        || state.equals("53300") || state.equals("57P03");
  }

  private static SQLException firstSqlException(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  /** Flyway explains validation failures over several lines; keep them, on one line. */
  private static String remainingLines(String message) {
    if (message == null) {
      return "";
    }
    return message.lines()
        .skip(1)
        .map(line -> line.strip().replaceAll("\\s+", " "))
        .filter(line -> !line.isEmpty() && !line.chars().allMatch(c -> c == '-'))
        .filter(line -> !line.startsWith("Need more flexibility")) // Redgate's advert, not a reason
        .collect(Collectors.joining("; "));
  }
}

package io.customerintel.adapters.postgres.setup;

import java.util.Optional;

/**
 * What a migration run did, so startup can log "applied N, now at version V" without touching Flyway types.
 *
 * @param migrationsExecuted how many migrations this run applied (0 when already up to date)
 * @param currentVersion     schema version after the run, or {@code null} when no versioned migration was ever applied
 */
public record MigrationReport(int migrationsExecuted, String currentVersion) {

  public Optional<String> version() {
    return Optional.ofNullable(currentVersion);
  }
}

package io.customerintel.bootstrap.cli;

import io.customerintel.adapters.postgres.setup.DatabaseProvisioner;
import io.customerintel.adapters.postgres.setup.MigrationReport;
import io.customerintel.adapters.postgres.setup.Migrator;
import io.customerintel.bootstrap.config.AppConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Creates the database if missing and applies pending migrations, nothing else. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Create the database if needed and migrate it.")
final class MigrateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    AppConfig config = AppConfig.fromSystemEnvironment();
    new DatabaseProvisioner().ensureDatabaseExists(config.database());
    MigrationReport report = new Migrator().migrate(config.database());
    System.err.println("migrated " + config.database().target() + ": " + report.migrationsExecuted()
        + " migration(s) applied, now at version " + report.version().orElse("none"));
    return 0;
  }
}

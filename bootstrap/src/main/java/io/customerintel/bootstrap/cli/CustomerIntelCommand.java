package io.customerintel.bootstrap.cli;

import io.customerintel.adapters.postgres.setup.DatabaseUnavailableException;
import io.customerintel.adapters.postgres.setup.MigrationFailedException;
import io.customerintel.application.UseCaseException;
import io.customerintel.bootstrap.config.ConfigException;
import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: serve, migrate, tenant. */
@Command(name = "customer-intel", mixinStandardHelpOptions = true, version = "customer-intel 0.1.0",
    description = "Customer intelligence over GraphQL: value, tenure, lifecycle and defection.",
    subcommands = {ServeCommand.class, MigrateCommand.class, TenantCommand.class})
public final class CustomerIntelCommand implements Runnable {
  /** Exit code for a setting or environment problem the operator must fix (not a crash). */
  static final int EXIT_CONFIG = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: serve, migrate or tenant");
  }

  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new CustomerIntelCommand());
    commandLine.setExecutionExceptionHandler(CustomerIntelCommand::oneLineFailure);
    return commandLine;
  }

  /** serve keeps the JVM alive after its command returns; everything else exits. */
  public static boolean keepsRunning(String[] args) {
    return args.length > 0 && "serve".equals(args[0]);
  }

  /** Known operational failures are one clear line on stderr, not a stack trace. */
  private static int oneLineFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    PrintWriter err = commandLine.getErr();
    if (cause instanceof ConfigException || cause instanceof DatabaseUnavailableException
        || cause instanceof MigrationFailedException) {
      err.println("customer-intel: " + cause.getMessage());
      return EXIT_CONFIG;
    }
    if (cause instanceof UseCaseException refusal) {
      err.println("customer-intel: " + refusal.getMessage() + " (" + refusal.code() + ")");
      return 1;
    }
    err.println("customer-intel: unexpected failure: " + cause);
    cause.printStackTrace(err);
    return 1;
  }
}

package io.customerintel.bootstrap.cli;

import io.customerintel.application.port.in.ManageTenantsUseCase;
import io.customerintel.bootstrap.Server;
import io.customerintel.bootstrap.config.AppConfig;
import io.customerintel.domain.tenant.Tenant;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Tenant administration from the shell: create (prints the new API key) and list. */
@Command(name = "tenant", mixinStandardHelpOptions = true, description = "Create or list tenants.",
    subcommands = {TenantCommand.Create.class, TenantCommand.ListTenants.class})
final class TenantCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: create or list");
  }

  /** Creates a tenant; its API key is the only line on stdout so scripts can capture it. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create a tenant and print its new API key as the only line on stdout.")
  static final class Create implements Callable<Integer> {
    @Parameters(index = "0", description = "Tenant name (unique).")
    String name;

    @Option(names = "--currency", defaultValue = "EUR", description = "ISO 4217 currency (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--time-zone", defaultValue = "UTC",
        description = "IANA time zone that defines the tenant's calendar days (default: ${DEFAULT-VALUE}).")
    String timeZone;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      ZoneId zone;
      try {
        zone = ZoneId.of(timeZone);
      } catch (DateTimeException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "unknown time zone '" + timeZone + "'");
      }
      AppConfig config = AppConfig.fromSystemEnvironment();
      Server.prepareDatabase(config);
      try (Server server = Server.connect(config)) {
        ManageTenantsUseCase.CreatedTenant created = server.services().tenants()
            .createTenant(new ManageTenantsUseCase.CreateTenant(name, currency, zone))
            .toCompletableFuture().get(30, TimeUnit.SECONDS);
        System.out.println(created.apiKey());
        System.err.println("created tenant '" + created.tenant().name() + "' (" + created.tenant().currency() + ", "
            + created.tenant().zone() + "); keep the key: it is stored only as a hash");
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
      return 0;
    }
  }

  /** Lists tenants, one a line: name, currency, time zone, created. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List tenants.")
  static final class ListTenants implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      AppConfig config = AppConfig.fromSystemEnvironment();
      Server.prepareDatabase(config);
      try (Server server = Server.connect(config)) {
        List<Tenant> tenants = server.services().tenants().listTenants().toCompletableFuture().get(30, TimeUnit.SECONDS);
        for (Tenant tenant : tenants) {
          System.out.println(tenant.name() + "\t" + tenant.currency().getCurrencyCode() + "\t" + tenant.zone() + "\t"
              + tenant.createdAt());
        }
      }
      return 0;
    }
  }
}

package io.customerintel.bootstrap.cli;

import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.bootstrap.Server;
import io.customerintel.bootstrap.config.AppConfig;
import io.customerintel.bootstrap.config.PortCheck;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.CustomerBaseModelsUseCase;
import io.customerintel.bootstrap.demo.DemoData;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.bootstrap.demo.DemoData.DemoTenant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Migrates, optionally loads the demo tenant, and serves the API until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Create and migrate the database, then serve the GraphQL API on $PORT.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--demo", description = "Also load the deterministic demo tenant 'demo' and enable GraphiQL.")
  boolean demo;

  @Override
  public Integer call() throws Exception {
    AppConfig config = AppConfig.fromSystemEnvironment();
    PortCheck.ensureFree(config.httpPort());
    Server.prepareDatabase(config);
    Server server = Server.connect(config);
    // SIGINT and System.exit still close through the hook; SIGTERM (docker stop, Kubernetes) is handled below so a
    // graceful stop exits 0 instead of the JVM's 143
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
    StopSignal.onTerm(() -> {
      System.out.println("SIGTERM: stopping (readiness 503, requests in flight get up to "
          + config.shutdownGrace().toSeconds() + " s)");
      long started = System.nanoTime();
      server.close();
      System.out.println("stopped in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
      System.exit(0);
    });
    DemoTenant demoTenant = demo ? loadDemo(server, config) : null;
    String demoModels = demo ? fitDemoModels(server) : null;
    server.serve(config, demo);
    String base = "http://localhost:" + server.port();
    System.out.println("customer-intel listening on " + base + "/graphql (database " + config.database().target()
        + (config.asOf() != null ? ", as of " + config.asOf() : "") + ")");
    if (demoTenant != null) {
      System.out.println("demo tenant '" + demoTenant.name() + "': " + demoTenant.customers() + " customers, "
          + demoTenant.purchases() + " purchases, " + demoTenant.surveyResponses() + " survey responses, "
          + demoTenant.defections() + " defections");
      System.out.println(demoModels);
      System.out.println("API key:  " + demoTenant.apiKey());
      System.out.println("GraphiQL: " + base + "/graphiql/  (add header Authorization: Bearer " + demoTenant.apiKey()
          + ")");
      System.out.println("Schema:   " + base + "/schema.graphql");
    }
    return 0;
  }

  /** The demo shows predictions from the start: its models are fitted on every start, on all its data. */
  private static String fitDemoModels(Server server) throws Exception {
    Tenant tenant = server.services().tenants().findTenant(DemoData.TENANT_NAME).toCompletableFuture()
        .get(1, TimeUnit.MINUTES).orElseThrow();
    CustomerBaseModelsUseCase.FitResult result = server.services().useCases().customerBaseModels()
        .fit(new CustomerBaseModelsUseCase.FitCommand(AuthenticatedTenant.of(tenant), null, null, null))
        .toCompletableFuture().get(5, TimeUnit.MINUTES);
    return "customer-base models fitted: " + result.models().stream().map(m -> m.kind().name()).toList()
        + (result.userErrors().isEmpty() ? "" : ", not fitted: " + result.userErrors().stream()
            .map(e -> e.code() + " (" + e.message() + ")").toList());
  }

  private static DemoTenant loadDemo(Server server, AppConfig config) throws Exception {
    UseCases useCases = server.services().useCases();
    DemoData demo = new DemoData(server.services().tenants(), useCases.upsertCustomers(), useCases.recordPurchases(),
        useCases.recordSurveyResponses(), useCases.recordDefection(), config.clock());
    try {
      return demo.load().toCompletableFuture().get(5, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}

package io.customerintel.bootstrap.e2e;

import io.customerintel.bootstrap.config.ExportSettings;
import io.customerintel.adapters.graphql.limits.QueryLimits;
import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.in.ManageTenantsUseCase;
import io.customerintel.bootstrap.Server;
import io.customerintel.bootstrap.config.AppConfig;
import io.customerintel.domain.tenant.RateLimit;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real server (HTTP on a free port, the scratch database, "now" pinned to {@link #AS_OF}) for all
 * end-to-end tests of a run, closed when the run ends. Tests isolate themselves with their own tenants.
 */
public final class TestServer implements BeforeAllCallback {
  public static final Instant AS_OF = Instant.parse("2026-06-15T12:00:00Z");
  public static final int TEST_BUCKET_CAPACITY = 1_000_000;
  public static final int TEST_BUCKET_REFILL_PER_SECOND = 100_000;
  private static final Object LOCK = new Object();
  private static Server server;

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(TestServer.class, key -> (AutoCloseable) TestServer::stop, AutoCloseable.class);
  }

  public static Server start() {
    synchronized (LOCK) {
      if (server == null) {
        // The suite loads data in bursts from few keys: a large default bucket keeps it from being throttled, and
        // CostLimitsEndToEndTest gives its own keys small buckets. The static limits stay the production defaults.
        AppConfig config = new AppConfig(ScratchDatabase.settings(), 0, AS_OF, true,
            AppConfig.DEFAULT_CATCH_UP_INTERVAL_SECONDS, AppConfig.DEFAULT_MODEL_REFIT, java.util.List.of(),
            io.customerintel.bootstrap.config.PersistedQuerySettings.DEFAULTS, QueryLimits.defaults(),
            new RateLimit(TEST_BUCKET_CAPACITY, TEST_BUCKET_REFILL_PER_SECOND));
        // exports read two customers a batch, so a small tenant's export has several (BulkExportEndToEndTest)
        ExportSettings exports = new ExportSettings(
            java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "customer-intel-test-exports"), null, 2);
        server = Server.connect(config, exports).serve(config, true);
      }
      return server;
    }
  }

  private static void stop() {
    synchronized (LOCK) {
      if (server != null) {
        server.close();
        server = null;
      }
    }
  }

  public static String baseUrl() {
    return "http://127.0.0.1:" + start().port();
  }

  /** A fresh tenant with its API key; the name is unique so tests never share data. */
  public static String newTenantKey(String currency) {
    try {
      return start().services().tenants()
          .createTenant(new ManageTenantsUseCase.CreateTenant("t-" + UUID.randomUUID(), currency, ZoneOffset.UTC))
          .toCompletableFuture().get(30, TimeUnit.SECONDS).apiKey();
    } catch (Exception e) {
      throw new IllegalStateException("could not create a test tenant", e);
    }
  }

  public static String newTenantKey() {
    return newTenantKey("EUR");
  }
}

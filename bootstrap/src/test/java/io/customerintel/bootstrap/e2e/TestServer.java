package io.customerintel.bootstrap.e2e;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.in.ManageTenantsUseCase;
import io.customerintel.bootstrap.Server;
import io.customerintel.bootstrap.config.AppConfig;
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
        AppConfig config = new AppConfig(ScratchDatabase.settings(), 0, AS_OF, true);
        server = Server.connect(config).serve(config, true);
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

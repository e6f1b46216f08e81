package io.customerintel.bootstrap.e2e;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.bootstrap.Server;
import io.customerintel.bootstrap.config.AppConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A second server instance on the scratch database for one test class (register it after ScratchDatabase and
 * TestServer): what a load balancer in front of two instances would reach.
 */
final class SecondServer implements BeforeAllCallback, AfterAllCallback {
  private Server server;

  @Override
  public void beforeAll(ExtensionContext context) {
    AppConfig config = new AppConfig(ScratchDatabase.settings(), 0, TestServer.AS_OF, false, 0, null);
    server = Server.connect(config).serve(config, false);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  int port() {
    return server.port();
  }

  String baseUrl() {
    return "http://localhost:" + server.port();
  }
}

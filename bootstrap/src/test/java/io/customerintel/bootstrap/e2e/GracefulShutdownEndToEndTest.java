package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.adapters.graphql.http.SubscriptionSocket;
import io.customerintel.adapters.graphql.limits.QueryLimits;
import io.customerintel.adapters.postgres.setup.PostgresSettings;
import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.bootstrap.Server;
import io.customerintel.bootstrap.config.AppConfig;
import io.customerintel.bootstrap.config.MetricsSettings;
import io.customerintel.bootstrap.config.PersistedQuerySettings;
import io.customerintel.domain.tenant.RateLimit;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Server.close() (what SIGTERM runs) stops accepting, lets requests in flight finish and says goodbye to sockets. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class GracefulShutdownEndToEndTest {
  private static final String PAGE = "{customers(first:5){nodes{externalId}}}";
  /** Each answer of PostgreSQL held back this long: a request takes several of them, so it is slow for sure. */
  private static final long DATABASE_DELAY_MILLIS = 300;

  @Test
  void closingLetsTheRequestInFlightFinishRefusesNewConnectionsAndClosesSubscriptionsWithGoingAway()
      throws Exception {
    PostgresSettings direct = ScratchDatabase.settings();
    try (TcpProxy proxy = TcpProxy.to(direct.host(), direct.port())) {
      PostgresSettings proxied = new PostgresSettings("127.0.0.1", proxy.port(), direct.database(), direct.user(),
          direct.password(), direct.sslMode(), 4);
      AppConfig config = new AppConfig(proxied, 0, TestServer.AS_OF, false, 0, null, List.of(),
          PersistedQuerySettings.DEFAULTS, QueryLimits.defaults(), RateLimit.DEFAULT, MetricsSettings.DEFAULTS,
          Duration.ofSeconds(10));
      Server server = Server.connect(config).serve(config, false);
      int port = server.port();
      String key = TestServer.newTenantKey();
      GraphQLClient api = new GraphQLClient(key, () -> "http://127.0.0.1:" + port);
      customerWithPurchases(api, "ann", "40", "2026-05-10");
      GraphQLSocket subscriber = GraphQLSocket.connected(port, key);
      subscriber.subscribe("1", RiskAlertsEndToEndTest.ALERTS_DEFAULT);

      proxy.delayAnswers(DATABASE_DELAY_MILLIS);
      long sent = proxy.bytesUp();
      CompletableFuture<GraphQLClient.Response> inFlight = CompletableFuture.supplyAsync(() -> api.query(PAGE));
      while (proxy.bytesUp() == sent) {
        Thread.sleep(5);
      }
      assertFalse(inFlight.isDone(), "the request was not slow");
      long closeStarted = System.nanoTime();
      CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);

      assertEquals(SubscriptionSocket.GOING_AWAY, subscriber.closeCode(5_000));
      awaitRefused(port);
      GraphQLClient.Response response = inFlight.get(20, TimeUnit.SECONDS);
      assertEquals(200, response.status(), response.body().encode());
      assertEquals("ann", response.data().getJsonObject("customers").getJsonArray("nodes").getJsonObject(0)
          .getString("externalId"));
      closing.get(30, TimeUnit.SECONDS);
      System.out.println("close took " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closeStarted)
          + " ms with a request in flight");
      assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    }
  }

  /** New connections are refused soon after close starts (the listening socket is gone). */
  private static void awaitRefused(int port) throws Exception {
    long deadline = System.currentTimeMillis() + 2_000;
    while (true) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        if (System.currentTimeMillis() > deadline) {
          throw new AssertionError("still accepting connections 2 s after close started");
        }
        Thread.sleep(20);
      } catch (ConnectException refused) {
        return;
      }
    }
  }
}

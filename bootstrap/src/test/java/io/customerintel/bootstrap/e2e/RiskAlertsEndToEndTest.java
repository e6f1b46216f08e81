package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonObject;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Live risk alerts over WebSocket, across two server instances on one database (docs/risk-alerts.md). */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class RiskAlertsEndToEndTest {
  static final String ALERTS = "subscription($min:HealthBand){customerRiskChanged(minBand:$min){"
      + "customer{externalId} health{band} previousBand cause at}}";
  static final String ALERTS_DEFAULT = "subscription{customerRiskChanged{customer{externalId} health{band} cause at}}";
  /** The time that delivery takes at most, from the write's answer to the event. */
  static final long DELIVERY_MILLIS = 2_000;

  @RegisterExtension
  static final SecondServer OTHER = new SecondServer();

  @Test
  void aCancellationRequestedOnOneServerReachesASubscriberOnTheOtherWithinTwoSeconds() throws Exception {
    String key = TestServer.newTenantKey();
    GraphQLClient api = new GraphQLClient(key);
    customerWithPurchases(api, "ann", "40", "2026-05-10");
    try (GraphQLSocket socket = GraphQLSocket.connected(OTHER.port(), key)) {
      socket.subscribe("1", ALERTS_DEFAULT);

      SaveDeskEndToEndTest.opened(api, "ann", "CANNOT_AFFORD", "2026-06-14T09:00:00Z");

      JsonObject next = socket.next(DELIVERY_MILLIS);
      assertNotNull(next, "no event within two seconds");
      assertEquals("next", next.getString("type"), next.encode());
      assertEquals("1", next.getString("id"));
      JsonObject event = next.getJsonObject("payload").getJsonObject("data").getJsonObject("customerRiskChanged");
      assertEquals("ann", event.getJsonObject("customer").getString("externalId"));
      assertEquals("CANCELLATION_REQUESTED", event.getString("cause"));
      assertEquals("2026-06-14T09:00:00.000Z", event.getString("at"));
      assertNotNull(event.getJsonObject("health").getString("band"));
    }
  }

  @Test
  void anotherTenantsWriteIsNeverDelivered() throws Exception {
    String key = TestServer.newTenantKey();
    String otherKey = TestServer.newTenantKey();
    GraphQLClient mine = new GraphQLClient(key);
    GraphQLClient theirs = new GraphQLClient(otherKey);
    customerWithPurchases(mine, "ann", "40", "2026-05-10");
    customerWithPurchases(theirs, "ann", "40", "2026-05-10");
    try (GraphQLSocket socket = GraphQLSocket.connected(OTHER.port(), key)) {
      socket.subscribe("1", ALERTS);

      SaveDeskEndToEndTest.opened(theirs, "ann", "CANNOT_AFFORD", "2026-06-14T09:00:00Z");
      assertNull(socket.next(1_000), "the other tenant's request was delivered");

      // the socket is live: this tenant's own request arrives
      SaveDeskEndToEndTest.opened(mine, "ann", "CANNOT_AFFORD", "2026-06-14T09:00:00Z");
      assertEquals("next", socket.next(DELIVERY_MILLIS).getString("type"));
    }
  }

  @Test
  void theHandshakeNamesTheGraphqlTransportWsSubprotocol() throws Exception {
    try (GraphQLSocket socket = GraphQLSocket.connected(TestServer.start().port(), TestServer.newTenantKey())) {
      assertEquals(GraphQLSocket.PROTOCOL, socket.subprotocol());
    }
  }

  @Test
  void aBadKeyInConnectionInitClosesTheSocketWith4403() throws Exception {
    try (GraphQLSocket socket = GraphQLSocket.open(TestServer.start().port(), "not-a-key")) {
      assertEquals(4403, socket.closeCode(5_000));
    }
  }

  @Test
  void aKeyWithoutTheReadScopeIsRefusedTheSubscription() throws Exception {
    GraphQLClient admin = new GraphQLClient(TestServer.newTenantKey());
    String writer = ApiKeysEndToEndTest.create(admin, "writer", "WRITE").getString("secret");
    try (GraphQLSocket socket = GraphQLSocket.connected(OTHER.port(), writer)) {
      socket.send(new JsonObject().put("id", "1").put("type", "subscribe")
          .put("payload", new JsonObject().put("query", ALERTS_DEFAULT)));
      JsonObject refused = socket.next(DELIVERY_MILLIS);
      assertEquals("FORBIDDEN", refused.getJsonObject("payload").getJsonArray("errors").getJsonObject(0)
          .getJsonObject("extensions").getString("code"), refused.encode());
      assertEquals("complete", socket.next(DELIVERY_MILLIS).getString("type"));
    }
  }

  @Test
  void anUpgradeFromAnOriginNotAllowedIsRefusedWith403() {
    // the test servers allow no cross-origin access at all
    ExecutionException refused = assertThrows(ExecutionException.class, () -> GraphQLSocket.builder()
        .header("Origin", "https://evil.example").buildAsync(GraphQLSocket.uri(OTHER.port()),
            new WebSocket.Listener() {}).get(5, TimeUnit.SECONDS));
    WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class, refused.getCause());
    assertEquals(403, handshake.getResponse().statusCode());
  }

  @Test
  void aSubscriptionOverHttpIsRefused() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    assertEquals("BAD_USER_INPUT", api.query(ALERTS_DEFAULT).firstErrorCode());
  }
}

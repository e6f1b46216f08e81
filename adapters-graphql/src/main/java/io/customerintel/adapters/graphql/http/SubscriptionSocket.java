package io.customerintel.adapters.graphql.http;

import graphql.ExecutionInput;
import graphql.GraphQL;
import io.customerintel.application.port.in.AuthenticateApiKeyUseCase;
import io.customerintel.application.port.in.Caller;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.graphql.ExecutionInputBuilderWithContext;
import io.vertx.ext.web.handler.graphql.ws.ConnectionInitEvent;
import io.vertx.ext.web.handler.graphql.ws.GraphQLWSHandler;
import io.vertx.ext.web.handler.graphql.ws.Message;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * GraphQL over WebSocket on /graphql (graphql-transport-ws, docs/risk-alerts.md): the upgrade is refused for an origin
 * not allowed by CORS, and the API key travels in `connection_init` ({"Authorization": "Bearer <key>"}), because
 * browsers cannot set headers on a WebSocket. A bad key closes the socket with 4403.
 */
public final class SubscriptionSocket implements Handler<RoutingContext> {
  /** In the GraphQL context of operations that came over the WebSocket; subscriptions run only there. */
  public static final String TRANSPORT = "io.customerintel.webSocket";
  /** graphql-transport-ws leaves 4403 to the server: "Forbidden", as for a bad key. */
  public static final short FORBIDDEN = 4403;
  /** RFC 6455: the server is going away (shutting down); the client reconnects to another instance. */
  public static final short GOING_AWAY = 1001;
  /** RFC 6455 registry: try again later (the database is unavailable). */
  public static final short TRY_AGAIN_LATER = 1013;

  private static final Object ROOT = Map.of();

  private final AuthenticateApiKeyUseCase auth;
  private final RequestPreparer preparer;
  private final Set<String> allowedOrigins;
  private final GraphQLWSHandler ws;

  public SubscriptionSocket(GraphQL graphQL, AuthenticateApiKeyUseCase auth, RequestPreparer preparer,
                            List<String> allowedOrigins) {
    this.auth = auth;
    this.preparer = preparer;
    this.allowedOrigins = Set.copyOf(allowedOrigins);
    this.ws = GraphQLWSHandler.builder(graphQL).onConnectionInit(this::connectionInit)
        .beforeExecute(this::beforeExecute).build();
  }

  /** Upgrades only; every other request goes on to the HTTP pipeline. */
  @Override
  public void handle(RoutingContext rc) {
    if (!rc.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
      rc.next();
      return;
    }
    String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
    // A browser always sends Origin; without the check any page could use a key it was given (CSWSH).
    if (origin != null && !allowedOrigins.contains(origin)) {
      TransportErrors.send(rc, 403, ErrorCode.FORBIDDEN, "WebSocket connections from this origin are not allowed");
      return;
    }
    ws.handle(rc);
  }

  private void connectionInit(ConnectionInitEvent event) {
    ServerWebSocket socket = event.message().socket();
    JsonObject payload = event.message().message().getJsonObject("payload");
    Object header = payload == null ? null : payload.getValue("Authorization");
    Matcher matcher = header instanceof String value ? BearerAuthHandler.BEARER.matcher(value) : null;
    if (matcher == null || !matcher.matches()) {
      socket.close(FORBIDDEN, "Forbidden: send {\"Authorization\": \"Bearer <api key>\"} in connection_init");
      return;
    }
    Future.fromCompletionStage(auth.authenticateCaller(matcher.group(1)), Vertx.currentContext()).onComplete(ar -> {
      if (ar.failed() && UnavailableDatabase.causedBy(ar.cause())) {
        socket.close(TRY_AGAIN_LATER, UnavailableDatabase.MESSAGE);
      } else if (ar.failed()) {
        event.fail(ar.cause());
      } else if (ar.result().isEmpty()) {
        socket.close(FORBIDDEN, "Forbidden: invalid API key");
      } else {
        // a server shutting down (Server.close) says goodbye with a close frame instead of cutting the socket
        socket.shutdownHandler(v -> socket.close(GOING_AWAY, "Server shutting down"));
        // becomes the connection's params: each subscribe message carries the caller
        event.complete(ar.result().get());
      }
    });
  }

  private void beforeExecute(ExecutionInputBuilderWithContext<Message> event) {
    Caller caller = (Caller) event.context().connectionParams();
    String requestId = UUID.randomUUID().toString();
    ExecutionInput.Builder builder = event.builder();
    // the root is never client-controlled (graphql-transport-ws would take `initialValue` from the payload)
    builder.root(ROOT);
    builder.graphQLContext(Map.of(
        RequestKeys.TENANT, caller.tenant(),
        RequestKeys.GRANT, caller.grant(),
        RequestKeys.REQUEST_ID, requestId,
        ExecutionOutcome.KEY, new ExecutionOutcome(),
        TRANSPORT, Boolean.TRUE));
    preparer.prepare(builder, caller.tenant(), requestId);
  }
}

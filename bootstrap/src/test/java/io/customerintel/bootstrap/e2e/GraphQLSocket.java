package io.customerintel.bootstrap.e2e;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A graphql-transport-ws client on java.net.http's WebSocket, for the e2e tests. */
final class GraphQLSocket implements AutoCloseable {
  static final String PROTOCOL = "graphql-transport-ws";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
  private final WebSocket socket;

  private GraphQLSocket(int port) throws Exception {
    this.socket = builder().buildAsync(uri(port), new Listener()).get(5, TimeUnit.SECONDS);
  }

  static WebSocket.Builder builder() {
    return HTTP.newWebSocketBuilder().subprotocols(PROTOCOL).connectTimeout(Duration.ofSeconds(5));
  }

  static URI uri(int port) {
    return URI.create("ws://127.0.0.1:" + port + "/graphql");
  }

  /** Opens a socket and sends connection_init with the key; does not wait for the answer. */
  static GraphQLSocket open(int port, String apiKey) throws Exception {
    GraphQLSocket client = new GraphQLSocket(port);
    client.send(new JsonObject().put("type", "connection_init")
        .put("payload", new JsonObject().put("Authorization", "Bearer " + apiKey)));
    return client;
  }

  /** Opens, initializes and waits for connection_ack. */
  static GraphQLSocket connected(int port, String apiKey) throws Exception {
    GraphQLSocket client = open(port, apiKey);
    JsonObject ack = client.next(5_000);
    if (ack == null || !"connection_ack".equals(ack.getString("type"))) {
      throw new AssertionError("no connection_ack but " + ack);
    }
    return client;
  }

  /**
   * Subscribes, then waits for a pong: the server handles a connection's messages in order and has registered the
   * subscription before it answers the ping.
   */
  void subscribe(String id, String query) throws Exception {
    send(new JsonObject().put("id", id).put("type", "subscribe").put("payload", new JsonObject().put("query", query)));
    send(new JsonObject().put("type", "ping"));
    JsonObject pong = next(5_000);
    if (pong == null || !"pong".equals(pong.getString("type"))) {
      throw new AssertionError("no pong but " + pong);
    }
  }

  void send(JsonObject message) throws Exception {
    socket.sendText(message.encode(), true).get(5, TimeUnit.SECONDS);
  }

  /** The next message within the time, or null. */
  JsonObject next(long millis) throws InterruptedException {
    return messages.poll(millis, TimeUnit.MILLISECONDS);
  }

  int closeCode(long millis) throws Exception {
    return closeCode.get(millis, TimeUnit.MILLISECONDS);
  }

  /** The subprotocol the server chose in the handshake (empty if none). */
  String subprotocol() {
    return socket.getSubprotocol();
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        messages.add(new JsonObject(text.toString()));
        text.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closeCode.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closeCode.completeExceptionally(error);
    }
  }
}

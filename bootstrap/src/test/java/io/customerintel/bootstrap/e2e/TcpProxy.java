package io.customerintel.bootstrap.e2e;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay between a server under test and PostgreSQL, to stage database outages without stopping the shared
 * PostgreSQL: {@link #refuse()} closes every relayed connection and closes new ones at once, {@link #blackhole()} closes them
 * and accepts new ones but never answers (a network partition), {@link #relay()} serves again, and
 * {@link #delayAnswers(long)} holds PostgreSQL's answers back (slow requests, deterministically).
 */
final class TcpProxy implements AutoCloseable {
  private enum Mode { RELAY, REFUSE, BLACKHOLE }

  private final Vertx vertx = Vertx.vertx();
  private final NetClient client = vertx.createNetClient();
  private final String targetHost;
  private final int targetPort;
  private final Set<NetSocket> open = ConcurrentHashMap.newKeySet();
  private final Set<Integer> upstreamPorts = ConcurrentHashMap.newKeySet();
  private final AtomicLong bytesUp = new AtomicLong();
  private volatile Mode mode = Mode.RELAY;
  private volatile long delayMillis;
  private NetServer server;
  private int port;

  private TcpProxy(String targetHost, int targetPort) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
  }

  static TcpProxy to(String host, int port) {
    TcpProxy proxy = new TcpProxy(host, port);
    proxy.listen(0);
    return proxy;
  }

  int port() {
    return port;
  }

  /** Bytes relayed towards PostgreSQL so far. */
  long bytesUp() {
    return bytesUp.get();
  }

  /** The local ports of the relay's live connections to PostgreSQL: pg_stat_activity.client_port of the server's. */
  Set<Integer> upstreamPorts() {
    return Set.copyOf(upstreamPorts);
  }

  synchronized void relay() {
    Mode before = mode;
    mode = Mode.RELAY;
    if (before == Mode.BLACKHOLE) {
      // what was accepted in silence fails now, as it would when a partition heals and the peer has forgotten it
      closeAll();
    }
  }

  /**
   * Closes every relayed connection, and every new one as soon as it is accepted. The listener stays open: closing
   * and listening again on the same port races with the port's release, and a connection closed at once fails the
   * client's connect as a refusal does.
   */
  synchronized void refuse() {
    mode = Mode.REFUSE;
    closeAll();
  }

  synchronized void blackhole() {
    mode = Mode.BLACKHOLE;
    closeAll();
  }

  void delayAnswers(long millis) {
    delayMillis = millis;
  }

  private void listen(int onPort) {
    server = vertx.createNetServer().connectHandler(this::accept);
    port = await(server.listen(onPort, "127.0.0.1")).actualPort();
  }

  private void accept(NetSocket inbound) {
    open.add(inbound);
    inbound.closeHandler(v -> open.remove(inbound));
    if (mode == Mode.REFUSE) {
      inbound.close();
      return;
    }
    if (mode == Mode.BLACKHOLE) {
      inbound.handler(ignored -> { });
      return;
    }
    inbound.pause();
    client.connect(targetPort, targetHost).onComplete(ar -> {
      if (ar.failed()) {
        inbound.close();
        return;
      }
      NetSocket upstream = ar.result();
      int localPort = upstream.localAddress().port();
      open.add(upstream);
      upstreamPorts.add(localPort);
      upstream.closeHandler(v -> {
        open.remove(upstream);
        upstreamPorts.remove(localPort);
        inbound.close();
      });
      inbound.closeHandler(v -> {
        open.remove(inbound);
        upstream.close();
      });
      inbound.handler(data -> {
        bytesUp.addAndGet(data.length());
        upstream.write(data);
      });
      upstream.handler(data -> answer(inbound, data));
      inbound.resume();
    });
  }

  private void answer(NetSocket inbound, Buffer data) {
    long delay = delayMillis;
    if (delay <= 0) {
      inbound.write(data);
    } else {
      // timers of one delay fire in the order they were set: the stream stays in order
      vertx.setTimer(delay, id -> inbound.write(data));
    }
  }

  private void closeAll() {
    for (NetSocket socket : Set.copyOf(open)) {
      socket.close();
    }
  }

  @Override
  public void close() {
    await(vertx.close());
  }

  private static <T> T await(io.vertx.core.Future<T> future) {
    try {
      return future.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("proxy operation failed", e);
    }
  }
}

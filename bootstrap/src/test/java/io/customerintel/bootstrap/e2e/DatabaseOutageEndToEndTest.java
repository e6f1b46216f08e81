package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static io.customerintel.bootstrap.e2e.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.graphql.http.SubscriptionSocket;
import io.customerintel.adapters.postgres.setup.PostgresSettings;
import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.bootstrap.Server;
import io.customerintel.bootstrap.config.AppConfig;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server whose PostgreSQL goes away and comes back (through {@link TcpProxy}, so the shared PostgreSQL keeps
 * running): requests fail fast with 503 DATABASE_UNAVAILABLE, readiness says DOWN, nothing leaks, the server recovers
 * by itself, and an interrupted write is stored wholly or not at all.
 */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class DatabaseOutageEndToEndTest {
  private static final int POOL_SIZE = 4;
  /** The pool, the LISTEN connection and a readiness probe's own connection that may still be closing. */
  private static final int MAX_CONNECTIONS = POOL_SIZE + 2;
  private static final String PAGE = "{customers(first:5){nodes{externalId}}}";
  /** Fail fast: each refused request within this, well under a second. */
  private static final long FAST_MILLIS = 1_000;
  /** Recovery after the database is back: "within seconds". */
  private static final long RECOVERY_MILLIS = 5_000;

  private static TcpProxy proxy;
  private static Server server;
  private static String key;
  private static GraphQLClient api;

  @BeforeAll
  static void serverBehindAProxy() {
    PostgresSettings direct = ScratchDatabase.settings();
    proxy = TcpProxy.to(direct.host(), direct.port());
    PostgresSettings proxied = new PostgresSettings("127.0.0.1", proxy.port(), direct.database(), direct.user(),
        direct.password(), direct.sslMode(), POOL_SIZE);
    AppConfig config = new AppConfig(proxied, 0, TestServer.AS_OF, false, 0, null);
    server = Server.connect(config).serve(config, false);
    key = TestServer.newTenantKey();
    api = new GraphQLClient(key, () -> "http://127.0.0.1:" + server.port());
    customerWithPurchases(api, "ann", "40", "2026-05-10");
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    // every connection the server held is closed on PostgreSQL's side too
    waitUntil(() -> connectionsOfTheServer() == 0, 5_000, "connections left open after close");
    proxy.close();
  }

  @AfterEach
  void databaseBack() {
    proxy.delayAnswers(0);
    proxy.relay();
    waitUntil(() -> ready() == 200, RECOVERY_MILLIS, "not ready after the database came back");
  }

  @Test
  void whileTheDatabaseRefusesConnectionsRequestsFailFastWith503AndTheServerRecoversByItself() throws Exception {
    List<Long> threads = new ArrayList<>();
    List<List<String>> namesAfter = new ArrayList<>();
    for (int outage = 1; outage <= 4; outage++) {
      warmUp();
      proxy.refuse();
      waitUntil(() -> ready() == 503, RECOVERY_MILLIS, "readiness still UP while the database refuses connections");
      assertRefusedFast(20);
      if (outage == 1) {
        // a subscriber cannot be authenticated either: told to try again later, not "forbidden"
        try (GraphQLSocket socket = GraphQLSocket.open(server.port(), key)) {
          assertEquals(SubscriptionSocket.TRY_AGAIN_LATER, socket.closeCode(5_000));
        }
      }

      long back = System.nanoTime();
      proxy.relay();
      waitUntil(() -> api.query(PAGE).status() == 200, RECOVERY_MILLIS, "no recovery without a restart");
      System.out.println("outage " + outage + ": recovered " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - back)
          + " ms after the database came back");
      assertEquals(200, ready());
      warmUp();
      assertTrue(connectionsOfTheServer() <= MAX_CONNECTIONS, "more connections than the pool, LISTEN and a probe: "
          + connectionsOfTheServer());
      // the test's own HTTP client and supplyAsync pools grow on demand, and so do Vert.x's pools (event loops up to
      // twice the cores, 20 workers, 20 internal blocking threads per instance): everything else must stay as it was
      List<String> names = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
          .filter(name -> !name.startsWith("ForkJoinPool") && !name.startsWith("HttpClient-") && !vertxPool(name)
              && !jdkHousekeeping(name))
          .sorted().toList();
      namesAfter.add(names);
      threads.add((long) names.size());
      long pooled = Thread.getAllStackTraces().keySet().stream().filter(t -> vertxPool(t.getName())).count();
      // four Vert.x instances here: this server, the test server, the proxy, the scratch database's pool
      assertTrue(pooled <= 4 * (2 * Runtime.getRuntime().availableProcessors() + 40), "Vert.x threads: " + pooled);
    }
    System.out.println("threads outside pools after each outage: " + threads);
    assertTrue(threads.get(3) <= threads.get(0), "threads grew with outages: " + threads + ", after the first "
        + namesAfter.get(0) + ", after the last " + namesAfter.get(3));
  }

  @Test
  void aDatabaseThatAcceptsButNeverAnswersIsFoundOutWithinSecondsAndThenRequestsFailFast() throws Exception {
    warmUp();
    long cut = System.nanoTime();
    proxy.blackhole();
    // the first requests wait for a connection that never answers, at most the pool's acquire timeout
    GraphQLClient.Response first = api.query(PAGE);
    assertEquals(503, first.status(), first.body().encode());
    assertEquals("DATABASE_UNAVAILABLE", first.firstErrorCode());
    waitUntil(() -> ready() == 503, RECOVERY_MILLIS, "readiness still UP while the database is silent");
    System.out.println("silent database found out after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cut)
        + " ms");
    assertRefusedFast(20);

    proxy.relay();
    waitUntil(() -> api.query(PAGE).status() == 200, RECOVERY_MILLIS, "no recovery after the silence");
    assertTrue(connectionsOfTheServer() <= MAX_CONNECTIONS, "connections: " + connectionsOfTheServer());
  }

  @Test
  void aBatchCutOffMidWriteIsStoredWhollyOrNotAtAllAndItsRetryStoresItOnce() throws Exception {
    String prefix = "cut-" + UUID.randomUUID() + "-";
    JsonArray batch = new JsonArray();
    for (int i = 0; i < 1_000; i++) {
      batch.add(purchase("ann", prefix + i, "2026-05-" + (10 + i % 20) + "T12:00:00Z", "10"));
    }
    long before = proxy.bytesUp();
    CompletableFuture<GraphQLClient.Response> write = CompletableFuture.supplyAsync(() -> api.query(PURCHASES,
        in(batch)));
    // cut once the batch's statements are on their way to PostgreSQL (the insert alone is tens of kB)
    waitUntil(() -> proxy.bytesUp() - before > 20_000 || write.isDone(), 10_000, "the batch never reached the proxy");
    proxy.refuse();
    GraphQLClient.Response answer = write.get(10, TimeUnit.SECONDS);
    proxy.relay();
    waitUntil(() -> ready() == 200, RECOVERY_MILLIS, "not ready after the cut");

    long stored = stored(prefix);
    System.out.println("cut batch: answer " + answer.status() + ", " + stored + " of 1000 stored");
    assertTrue(stored == 0 || stored == 1_000, "a partial batch was stored: " + stored);
    if (answer.status() == 200 && answer.body().getJsonObject("data").getValue("recordPurchases") != null) {
      assertEquals(1_000, stored, "an acknowledged batch was lost");
    } else {
      assertEquals("DATABASE_UNAVAILABLE", answer.firstErrorCode(), answer.body().encode());
      assertEquals(503, answer.status());
    }
    JsonObject retried = api.ok(PURCHASES, in(batch)).getJsonObject("recordPurchases");
    assertEquals(1_000, retried.getInteger("recorded") + retried.getInteger("duplicates"), retried.encode());
    assertEquals(1_000, stored(prefix), "the retry stored the batch exactly once");
  }

  @Test
  void riskAlertsReachSubscribersAgainAfterAnOutage() throws Exception {
    proxy.refuse();
    waitUntil(() -> ready() == 503, RECOVERY_MILLIS, "readiness still UP");
    proxy.relay();
    waitUntil(() -> ready() == 200, RECOVERY_MILLIS, "not ready again");
    GraphQLClient direct = new GraphQLClient(key);
    // the LISTEN connection reconnects every second; an event sent before it listens again is lost (NOTIFY does not
    // queue), so each attempt is a new customer's cancellation request (asking twice for one customer is one event)
    long deadline = System.currentTimeMillis() + 2 * RECOVERY_MILLIS;
    Set<String> asked = new java.util.HashSet<>();
    JsonObject next = null;
    try (GraphQLSocket socket = GraphQLSocket.connected(server.port(), key)) {
      socket.subscribe("1", RiskAlertsEndToEndTest.ALERTS_DEFAULT);
      while (next == null && System.currentTimeMillis() < deadline) {
        String customer = "bo-" + UUID.randomUUID();
        customerWithPurchases(direct, customer, "40", "2026-05-10");
        SaveDeskEndToEndTest.opened(direct, customer, "CANNOT_AFFORD", "2026-06-14T09:00:00Z");
        asked.add(customer);
        next = socket.next(1_000);
      }
    }
    assertNotNull(next, "no risk alert after the outage");
    System.out.println("risk alerts: heard again at attempt " + asked.size() + " after the outage");
    assertTrue(asked.contains(next.getJsonObject("payload").getJsonObject("data")
        .getJsonObject("customerRiskChanged").getJsonObject("customer").getString("externalId")), next.encode());
  }

  /**
   * Threads the JDK starts on its own schedule in a JVM shared with other test classes (reference cleaners, HTTP
   * keep-alive timers, process reapers): none of them is the server's.
   */
  private static boolean jdkHousekeeping(String threadName) {
    return threadName.startsWith("Cleaner-") || threadName.startsWith("Keep-Alive-")
        || threadName.equals("process reaper") || threadName.equals("Attach Listener");
  }

  private static boolean vertxPool(String threadName) {
    return threadName.startsWith("vert.x-eventloop-thread-") || threadName.startsWith("vert.x-worker-thread-")
        || threadName.startsWith("vert.x-internal-blocking-");
  }

  private static void assertRefusedFast(int requests) {
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      long started = System.nanoTime();
      GraphQLClient.Response response = api.query(PAGE);
      long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      millis.add(took);
      assertEquals(503, response.status(), response.body().encode());
      assertEquals("DATABASE_UNAVAILABLE", response.firstErrorCode());
      assertEquals("1", response.headers().firstValue("Retry-After").orElse(null));
      assertTrue(took < FAST_MILLIS, "a refusal took " + took + " ms");
    }
    System.out.println("refusals during the outage, ms: " + millis);
  }

  /**
   * Fills the pool: the same concurrent reads before and after an outage. Right after one, a read may still meet a
   * pooled connection the outage broke (503, and the pool drops it), so each read is answered 200 within the recovery
   * time, not at once.
   */
  private static void warmUp() {
    List<CompletableFuture<Integer>> reads = new ArrayList<>();
    for (int i = 0; i < 2 * POOL_SIZE; i++) {
      reads.add(CompletableFuture.supplyAsync(() -> {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RECOVERY_MILLIS);
        int status = api.query(PAGE).status();
        while (status != 200 && System.nanoTime() < until) {
          status = api.query(PAGE).status();
        }
        return status;
      }));
    }
    reads.forEach(read -> assertEquals(200, read.join()));
  }

  private static int ready() {
    return api.get("/health/ready").status();
  }

  private static long stored(String prefix) throws Exception {
    return ScratchDatabase.pool().preparedQuery("select count(*) from purchase where external_id like $1")
        .execute(Tuple.of(prefix + "%")).await(10, TimeUnit.SECONDS).iterator().next().getLong(0);
  }

  /** The server's connections as PostgreSQL sees them (those that come through the proxy). */
  private static long connectionsOfTheServer() {
    Set<Integer> ports = proxy.upstreamPorts();
    if (ports.isEmpty()) {
      return 0;
    }
    try {
      return ScratchDatabase.pool().preparedQuery(
              "select count(*) from pg_stat_activity where datname = current_database() and client_port = any($1)")
          .execute(Tuple.of(ports.toArray(Integer[]::new))).await(10, TimeUnit.SECONDS).iterator().next().getLong(0);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitUntil(BooleanSupplier condition, long millis, String failure) {
    long deadline = System.currentTimeMillis() + millis;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(failure + " (waited " + millis + " ms)");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(failure, e);
      }
    }
  }
}

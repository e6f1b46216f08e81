import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The soak test (bench/README.md, "Soak"): starts the server jar against a prepared database, measures its capacity
 * with a closed loop, then runs mixed reads and writes as an open loop at a fraction of it, takes the database away in
 * the middle (a PostgreSQL restart, or a TCP proxy of its own that cuts every connection), retries unacknowledged
 * writes unchanged, and reports errors by code, latency percentiles, throughput and whether every acknowledged
 * purchase is stored exactly once. Loopback only; stops by itself.
 *
 * Run by bench/soak/soak.sh: java -cp bootstrap/target/customer-intel.jar bench/soak/SoakBench.java (settings from
 * the environment, see soak.sh).
 */
public class SoakBench {
  static final String PURCHASES =
      "mutation($in:[PurchaseInput!]!){recordPurchases(input:$in){recorded duplicates userErrors{index code}}}";
  static final String UPSERT = "mutation($in:[CustomerInput!]!){upsertCustomers(input:$in){upserted userErrors{code}}}";
  static final String SURVEYS =
      "mutation($in:[SurveyResponseInput!]!){recordSurveyResponses(input:$in){recorded userErrors{code}}}";
  static final String PAGE = "{customers(first:20){nodes{externalId lifecycleStage}}}";
  static final String MATRIX = "{segmentMatrix{cells{valueTier tenureBand customers}}}";
  static final String ONE = "query($id:String!){customer(externalId:$id){lifecycleStage health{band}}}";
  static final int PURCHASES_PER_BATCH = 100;

  final String jar = env("SOAK_JAR", "bootstrap/target/customer-intel.jar");
  final String key = required("SOAK_KEY");
  final String tenant = required("SOAK_TENANT");
  final int port = Integer.parseInt(env("PORT", "18090"));
  final String pgHost = env("PGHOST", "127.0.0.1");
  final int pgPort = Integer.parseInt(env("PGPORT", "5432"));
  final String database = required("PGDATABASE");
  final String pgUser = env("PGUSER", System.getProperty("user.name"));
  final int soakSeconds = Integer.parseInt(env("SOAK_SECONDS", "300"));
  final int capacitySeconds = Integer.parseInt(env("SOAK_CAPACITY_SECONDS", "20"));
  final int capacityClients = Integer.parseInt(env("SOAK_CAPACITY_CLIENTS", "4"));
  final double loadFraction = Double.parseDouble(env("SOAK_LOAD_FRACTION", "0.8"));
  final int customers = Integer.parseInt(env("SOAK_CUSTOMERS", "2000"));
  final String outage = env("SOAK_OUTAGE", "restart");
  final int outageSeconds = Integer.parseInt(env("SOAK_OUTAGE_SECONDS", "5"));
  final String restartCmd = env("SOAK_RESTART_CMD",
      // pg_ctl waits 60 s by default; a shutdown under load has been seen to need longer (bench/README.md, "Soak")
      "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main restart -- -t 300");
  final String url = "http://127.0.0.1:" + port + "/graphql";
  final String run = Long.toString(System.currentTimeMillis(), 36);

  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();
  final AtomicLong sequence = new AtomicLong();
  final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  final Set<String> sentPurchases = ConcurrentHashMap.newKeySet();
  final Map<Long, Write> unacknowledged = new ConcurrentHashMap<>();
  final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
  final ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>(); // {kind 0 read 1 write, micros, endNanos}
  final AtomicLong lastFailureNanos = new AtomicLong();
  /** When the outage began: answers before it are the steady state. */
  final AtomicLong cutNanos = new AtomicLong(Long.MAX_VALUE);
  final AtomicLong firstFailureNanos = new AtomicLong();
  final LongAdder retried = new LongAdder();
  final java.util.concurrent.atomic.AtomicInteger sending = new java.util.concurrent.atomic.AtomicInteger();
  volatile boolean measuring;
  Proxy proxy;
  Process server;

  /** A write and its body, sent again unchanged until it is acknowledged. */
  record Write(long id, String body, List<String> purchaseIds, java.util.concurrent.atomic.AtomicInteger attempts) {
    Write(long id, String body, List<String> purchaseIds) {
      this(id, body, purchaseIds, new java.util.concurrent.atomic.AtomicInteger());
    }
  }

  public static void main(String[] args) throws Exception {
    new SoakBench().run();
  }

  void run() throws Exception {
    int serverDbPort = pgPort;
    if (outage.equals("proxy")) {
      proxy = new Proxy(pgHost, pgPort);
      serverDbPort = proxy.port();
      System.out.println("outage mode: proxy (the server reaches PostgreSQL through 127.0.0.1:" + serverDbPort + ")");
    } else {
      System.out.println("outage mode: restart (" + restartCmd + ")");
    }
    startServer(serverDbPort);
    try {
      prepareCustomers();
      double capacity = capacity();
      double rate = Math.max(1, capacity * loadFraction);
      System.out.printf(Locale.ROOT, "capacity %.1f requests/s (closed loop, %d clients, %d s); soak at %.1f/s for %d s%n",
          capacity, capacityClients, capacitySeconds, rate, soakSeconds);
      soak(rate);
      drainRetries(Duration.ofSeconds(60));
      report();
    } finally {
      server.destroy();
      server.waitFor(60, TimeUnit.SECONDS);
      if (proxy != null) {
        proxy.close();
      }
      retries.shutdownNow();
    }
  }

  void startServer(int dbPort) throws Exception {
    Files.createDirectories(Path.of("bench/out"));
    ProcessBuilder builder = new ProcessBuilder("java", "-Xmx1g", "-jar", jar, "serve")
        .redirectErrorStream(true).redirectOutput(Path.of("bench/out/soak-server.log").toFile());
    Map<String, String> env = builder.environment();
    env.put("PGPORT", String.valueOf(dbPort));
    env.put("PGHOST", dbPort == pgPort ? pgHost : "127.0.0.1");
    env.put("PORT", String.valueOf(port));
    env.put("RATE_LIMIT_CAPACITY", "1000000000");
    env.put("RATE_LIMIT_REFILL_PER_SECOND", "1000000000");
    env.putIfAbsent("SHUTDOWN_GRACE_SECONDS", "10");
    server = builder.start();
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      try {
        HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      if (!server.isAlive()) {
        throw new IllegalStateException("the server exited, see bench/out/soak-server.log");
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the server did not get ready in 60 s");
  }

  void prepareCustomers() throws Exception {
    for (int start = 0; start < customers; start += 1000) {
      JsonArray items = new JsonArray();
      for (int i = start; i < Math.min(customers, start + 1000); i++) {
        items.add(new JsonObject().put("externalId", "B" + i));
      }
      HttpResponse<String> response = post(body(UPSERT, new JsonObject().put("in", items)));
      if (response.statusCode() != 200) {
        throw new IllegalStateException("could not create customers: " + response.body());
      }
    }
  }

  /** Closed loop: clients send the soak's mix back to back; completed requests per second. */
  double capacity() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    LongAdder done = new LongAdder();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < capacityClients; c++) {
      SplittableRandom random = new SplittableRandom(c);
      Thread client = new Thread(() -> {
        while (running.get()) {
          try {
            Request request = next(random);
            HttpResponse<String> response = post(request.body);
            if (response.statusCode() == 200) {
              done.increment();
            }
          } catch (Exception e) {
            // counted as not done
          }
        }
      });
      clients.add(client);
      client.start();
    }
    Thread.sleep(capacitySeconds * 1000L);
    running.set(false);
    for (Thread client : clients) {
      client.join();
    }
    return done.sum() / (double) capacitySeconds;
  }

  /** One request of the mix: 70% reads (page, matrix, one customer), 30% writes (purchases, customers, surveys). */
  record Request(boolean write, String body, List<String> purchaseIds) {}

  Request next(SplittableRandom random) {
    int pick = random.nextInt(100);
    long seq = sequence.incrementAndGet();
    Instant now = Instant.now();
    if (pick < 30) {
      return new Request(false, body(PAGE, null), List.of());
    }
    if (pick < 50) {
      return new Request(false, body(MATRIX, null), List.of());
    }
    if (pick < 70) {
      return new Request(false, body(ONE, new JsonObject().put("id", "B" + random.nextInt(customers))), List.of());
    }
    if (pick < 85) {
      JsonArray items = new JsonArray();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < PURCHASES_PER_BATCH; i++) {
        // the capacity phase's purchases are not the soak's: only "S" ids are counted at the end
        String id = (measuring ? "S" : "K") + run + "-" + seq + "-" + i;
        ids.add(id);
        items.add(new JsonObject().put("customerExternalId", "B" + random.nextInt(customers)).put("externalId", id)
            .put("occurredAt", now.minusSeconds(60 + random.nextLong(2L * 365 * 86_400)).toString())
            .put("amount", String.format(Locale.ROOT, "%.2f", 5 + random.nextDouble() * 200)));
      }
      return new Request(true, body(PURCHASES, new JsonObject().put("in", items)), ids);
    }
    if (pick < 93) {
      JsonArray items = new JsonArray();
      int first = random.nextInt(customers);
      // consecutive customers: a batch naming one twice is refused (DUPLICATE_IN_BATCH)
      for (int i = 0; i < 20; i++) {
        items.add(new JsonObject().put("externalId", "B" + (first + i) % customers));
      }
      return new Request(true, body(UPSERT, new JsonObject().put("in", items)), List.of());
    }
    JsonArray items = new JsonArray();
    int first = random.nextInt(customers);
    for (int i = 0; i < 10; i++) {
      items.add(new JsonObject().put("customerExternalId", "B" + (first + i) % customers)
          .put("surveyId", "soak-" + (seq % 50)).put("sentAt", now.minusSeconds(3 * 86_400).toString())
          .put("respondedAt", now.minusSeconds(2 * 86_400).toString())
          .put("likelihoodToRecommend", random.nextInt(11)));
    }
    return new Request(true, body(SURVEYS, new JsonObject().put("in", items)), List.of());
  }

  /** Open loop at the rate: requests leave on schedule whether or not earlier ones have answered. */
  void soak(double rate) throws Exception {
    SplittableRandom random = new SplittableRandom(42);
    Semaphore inFlight = new Semaphore(1_000);
    long intervalNanos = (long) (1e9 / rate);
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(soakSeconds);
    long outageAt = start + TimeUnit.SECONDS.toNanos(soakSeconds) / 2;
    Thread outageThread = new Thread(() -> outage(outageAt, start), "outage");
    outageThread.start();
    measuring = true;
    for (long i = 0; ; i++) {
      long due = start + i * intervalNanos;
      if (due >= end) {
        break;
      }
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      Request request = next(random);
      if (!inFlight.tryAcquire()) {
        count("CLIENT_BACKLOG");
        continue;
      }
      Write write = request.write ? new Write(sequence.incrementAndGet(), request.body, request.purchaseIds) : null;
      if (write != null) {
        sentPurchases.addAll(write.purchaseIds);
        unacknowledged.put(write.id, write);
      }
      send(request.write, request.body, due, write).whenComplete((ok, e) -> inFlight.release());
    }
    outageThread.join();
    inFlight.acquire(1_000);
    measuring = false;
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "soak: %d s, %d requests answered (%.1f/s)%n", soakSeconds, samples.size(),
        samples.size() / seconds);
  }

  java.util.concurrent.CompletableFuture<Boolean> send(boolean isWrite, String body, long dueNanos, Write write) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    sending.incrementAndGet();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
      sending.decrementAndGet();
      long endNanos = System.nanoTime();
      // from the scheduled time, not the send: a stalled server shows in the latency (no coordinated omission)
      samples.add(new long[] {isWrite ? 1 : 0, (endNanos - dueNanos) / 1_000, endNanos});
      String outcome = outcome(response, failure);
      count(outcome);
      // a user error is an answer (the write was judged, and is not retried); anything else is a failure to answer
      boolean ok = outcome.equals("OK") || outcome.startsWith("USER_ERROR");
      if (!ok) {
        firstFailureNanos.compareAndSet(0, endNanos);
        lastFailureNanos.set(endNanos);
      }
      if (write != null) {
        if (ok) {
          acknowledged.addAll(recorded(write, response));
          unacknowledged.remove(write.id);
        } else {
          retried.increment();
          // the same body again: the same purchase ids, so a retry of a write that was stored stores nothing new;
          // backing off (Retry-After at least, doubling to 16 s, jittered) so retries do not add up to a storm
          long millis = Math.min(16_000, 1_000L << Math.min(4, write.attempts.getAndIncrement()));
          millis = Math.max(millis, retryAfterMillis(response)) / 2 + java.util.concurrent.ThreadLocalRandom.current()
              .nextLong(millis / 2 + 1);
          if (!retries.isShutdown()) {
            retries.schedule(() -> send(true, write.body, System.nanoTime(), write), millis, TimeUnit.MILLISECONDS);
          }
        }
      }
      return ok;
    });
  }

  static long retryAfterMillis(HttpResponse<String> response) {
    if (response == null) {
      return 0;
    }
    try {
      return response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L) * 1000;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The purchases an answer says were stored: all of the batch but those with a user error (by index). */
  static List<String> recorded(Write write, HttpResponse<String> response) {
    JsonObject payload = new JsonObject(response.body()).getJsonObject("data").getJsonObject("recordPurchases");
    if (payload == null || write.purchaseIds.isEmpty()) {
      return write.purchaseIds;
    }
    List<String> ids = new ArrayList<>(write.purchaseIds);
    payload.getJsonArray("userErrors").stream().map(e -> ((JsonObject) e).getInteger("index"))
        .filter(i -> i != null).sorted(Collections.reverseOrder()).forEach(i -> ids.remove((int) i));
    return ids;
  }

  static String outcome(HttpResponse<String> response, Throwable failure) {
    if (failure != null) {
      Throwable root = failure.getCause() == null ? failure : failure.getCause();
      return "TRANSPORT_" + root.getClass().getSimpleName();
    }
    try {
      JsonObject json = new JsonObject(response.body());
      JsonArray errors = json.getJsonArray("errors");
      if (errors != null && !errors.isEmpty()) {
        JsonObject extensions = errors.getJsonObject(0).getJsonObject("extensions");
        return "HTTP_" + response.statusCode() + " " + (extensions == null ? "?" : extensions.getString("code"));
      }
      if (response.statusCode() != 200) {
        return "HTTP_" + response.statusCode();
      }
      JsonObject data = json.getJsonObject("data");
      for (String field : data.fieldNames()) {
        JsonArray userErrors = data.getJsonObject(field) == null ? null
            : data.getJsonObject(field).getJsonArray("userErrors");
        if (userErrors != null && !userErrors.isEmpty()) {
          return "USER_ERROR " + userErrors.getJsonObject(0).getString("code");
        }
      }
      return "OK";
    } catch (RuntimeException e) {
      return "HTTP_" + response.statusCode() + " unparsable";
    }
  }

  void outage(long atNanos, long startNanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(atNanos - System.nanoTime());
      long cut = System.nanoTime();
      cutNanos.set(cut);
      System.out.printf(Locale.ROOT, "t=%.1f s: database outage (%s)%n", (cut - startNanos) / 1e9, outage);
      if (proxy != null) {
        proxy.cut();
        Thread.sleep(outageSeconds * 1000L);
        proxy.restore();
      } else {
        Process restart = new ProcessBuilder("bash", "-c", restartCmd).inheritIO().start();
        if (restart.waitFor() != 0) {
          System.out.println("SOAK_RESTART_CMD exited " + restart.exitValue());
        }
      }
      long back = System.nanoTime();
      System.out.printf(Locale.ROOT, "t=%.1f s: database back after %.1f s%n", (back - startNanos) / 1e9,
          (back - cut) / 1e9);
      // the last failed answer after the database came back marks the recovery
      Thread.sleep(Math.min(20_000, Math.max(0, TimeUnit.NANOSECONDS.toMillis(startNanos
          + TimeUnit.SECONDS.toNanos(soakSeconds) - System.nanoTime()))));
      long last = lastFailureNanos.get();
      System.out.printf(Locale.ROOT, "first failure %.2f s after the cut; last failure %.2f s after the database came"
          + " back%n", (firstFailureNanos.get() - cut) / 1e9, Math.max(0, last - back) / 1e9);
    } catch (Exception e) {
      System.out.println("outage failed: " + e);
    }
  }

  void drainRetries(Duration max) throws Exception {
    long deadline = System.nanoTime() + max.toNanos();
    while (!unacknowledged.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    retries.shutdownNow();
    // retries already sent still answer: wait for them (30 s timeout each), so the count below sees a settled state
    long settled = System.nanoTime() + TimeUnit.SECONDS.toNanos(35);
    while (sending.get() > 0 && System.nanoTime() < settled) {
      Thread.sleep(100);
    }
    System.out.println("writes unacknowledged at the end (retried with backoff for up to " + max.toSeconds()
        + " s after the load): " + unacknowledged.size() + "; failed write answers retried: " + retried.sum());
  }

  void report() throws Exception {
    System.out.println("answers by outcome:");
    new TreeMap<>(outcomes).forEach((code, n) -> System.out.printf("  %-40s %d%n", code, n.sum()));
    List<Long> all = new ArrayList<>();
    List<Long> reads = new ArrayList<>();
    List<Long> writes = new ArrayList<>();
    List<Long> steady = new ArrayList<>();
    for (long[] sample : samples) {
      all.add(sample[1]);
      (sample[0] == 1 ? writes : reads).add(sample[1]);
      if (sample[2] < cutNanos.get()) {
        steady.add(sample[1]);
      }
    }
    System.out.println("latency ms (from the scheduled send)   p50      p90      p99      max");
    percentiles("all", all);
    percentiles("reads", reads);
    percentiles("writes (incl. retries)", writes);
    percentiles("all, before the outage", steady);
    exactlyOnce();
  }

  static void percentiles(String name, List<Long> micros) {
    if (micros.isEmpty()) {
      return;
    }
    Collections.sort(micros);
    System.out.printf(Locale.ROOT, "  %-34s %8.1f %8.1f %8.1f %8.1f  (%d)%n", name, at(micros, 0.50), at(micros, 0.90),
        at(micros, 0.99), micros.get(micros.size() - 1) / 1000.0, micros.size());
  }

  static double at(List<Long> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1000.0;
  }

  /** Every acknowledged purchase id is stored once; unacknowledged ones may be stored (once) or not. */
  void exactlyOnce() throws Exception {
    List<String> acked = List.copyOf(acknowledged);
    String jdbc = "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    try (Connection db = DriverManager.getConnection(jdbc, pgUser, System.getenv("PGPASSWORD"))) {
      long stored;
      long distinct;
      try (PreparedStatement count = db.prepareStatement("select count(*), count(distinct p.external_id) from purchase p"
          + " join tenant t on t.id = p.tenant_id where t.name = ? and p.external_id like ?")) {
        count.setString(1, tenant);
        count.setString(2, "S" + run + "-%");
        ResultSet rows = count.executeQuery();
        rows.next();
        stored = rows.getLong(1);
        distinct = rows.getLong(2);
      }
      long missing;
      try (PreparedStatement present = db.prepareStatement("select count(*) from unnest(?::text[]) a(id)"
          + " where not exists (select 1 from purchase p join tenant t on t.id = p.tenant_id"
          + " where t.name = ? and p.external_id = a.id)")) {
        present.setArray(1, db.createArrayOf("text", acked.toArray()));
        present.setString(2, tenant);
        ResultSet rows = present.executeQuery();
        rows.next();
        missing = rows.getLong(1);
      }
      long unacked = sentPurchases.size() - acked.size();
      boolean pass = missing == 0 && stored == distinct && stored >= acked.size();
      System.out.printf("exactly once: %d purchases acknowledged, %d stored (%d distinct), %d acknowledged but missing,"
          + " %d sent but never acknowledged -> %s%n", acked.size(), stored, distinct, missing, unacked,
          pass ? "PASS" : "FAIL");
    }
  }

  void count(String outcome) {
    outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
  }

  HttpResponse<String> post(String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String body(String query, JsonObject variables) {
    JsonObject body = new JsonObject().put("query", query);
    if (variables != null) {
      body.put("variables", variables);
    }
    return body.encode();
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required (bench/soak/soak.sh sets it)");
    }
    return value;
  }

  /** A loopback TCP relay to PostgreSQL that can cut every connection and refuse new ones for a while. */
  static final class Proxy implements AutoCloseable {
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final int port;
    private volatile ServerSocket listener;

    Proxy(String targetHost, int targetPort) throws IOException {
      this.targetHost = targetHost;
      this.targetPort = targetPort;
      this.listener = listen(0);
      this.port = listener.getLocalPort();
    }

    int port() {
      return port;
    }

    private ServerSocket listen(int onPort) throws IOException {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
      Thread acceptor = new Thread(() -> accept(socket), "proxy-accept");
      acceptor.setDaemon(true);
      acceptor.start();
      return socket;
    }

    private void accept(ServerSocket socket) {
      while (!socket.isClosed()) {
        try {
          Socket inbound = socket.accept();
          Socket upstream = new Socket(targetHost, targetPort);
          open.add(inbound);
          open.add(upstream);
          pump(inbound, upstream);
          pump(upstream, inbound);
        } catch (IOException e) {
          // closed by cut(), or PostgreSQL refused: the client sees its connection closed
        }
      }
    }

    private void pump(Socket from, Socket to) {
      Thread pump = new Thread(() -> {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
          for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
          }
        } catch (IOException e) {
          // either side closed
        } finally {
          close(from);
          close(to);
        }
      }, "proxy-pump");
      pump.setDaemon(true);
      pump.start();
    }

    /** Closes every relayed connection and refuses new ones. */
    void cut() {
      close(listener);
      for (Socket socket : Set.copyOf(open)) {
        close(socket);
      }
    }

    void restore() throws IOException {
      listener = listen(port);
    }

    private void close(java.io.Closeable closeable) {
      try {
        closeable.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      if (closeable instanceof Socket socket) {
        open.remove(socket);
      }
    }

    @Override
    public void close() {
      cut();
    }
  }
}

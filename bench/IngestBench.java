import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained purchase ingestion through the real HTTP API: creates customers, then sends batches of
 * 1,000 purchases from several concurrent clients and reports purchases per second and batch latency.
 * Usage: java bench/IngestBench.java URL API_KEY [purchases=200000] [clients=4] [customers=20000]
 * Loopback only; bounded by the purchase count.
 */
public class IngestBench {
  public static void main(String[] args) throws Exception {
    String url = args[0];
    String key = args[1];
    int total = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    int customers = args.length > 4 ? Integer.parseInt(args[4]) : 20_000;
    if (!URI.create(url).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
      throw new IllegalArgumentException("benchmarks only target this machine (localhost)");
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String run = Long.toString(System.currentTimeMillis(), 36);

    for (int start = 0; start < customers; start += 1000) {
      StringBuilder items = new StringBuilder();
      for (int i = start; i < Math.min(customers, start + 1000); i++) {
        items.append(i == start ? "" : ",").append("{\"externalId\":\"B").append(i).append("\"}");
      }
      post(http, url, key, "mutation($in:[CustomerInput!]!){upsertCustomers(input:$in){upserted userErrors{code}}}",
          "[" + items + "]");
    }

    // Request bodies are built before the clock starts: making up data is the load generator's work, not ingestion.
    int batches = total / 1000;
    List<String> bodies = new ArrayList<>(batches);
    SplittableRandom random = new SplittableRandom(42);
    Instant base = Instant.parse("2024-01-01T00:00:00Z");
    for (int batch = 0; batch < batches; batch++) {
      StringBuilder items = new StringBuilder();
      for (int i = 0; i < 1000; i++) {
        int customer = random.nextInt(customers);
        Instant at = base.plusSeconds(random.nextLong(60L * 60 * 24 * 700));
        items.append(i == 0 ? "" : ",")
            .append("{\"customerExternalId\":\"B").append(customer)
            .append("\",\"externalId\":\"").append(run).append('-').append(batch).append('-').append(i)
            .append("\",\"occurredAt\":\"").append(at)
            .append("\",\"amount\":").append(String.format(Locale.ROOT, "%.2f", 5 + random.nextDouble() * 200))
            .append('}');
      }
      bodies.add(body(RECORD, "[" + items + "]"));
    }
    AtomicLong next = new AtomicLong();
    List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long begin = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(pool.submit(() -> {
        long batch;
        while ((batch = next.getAndIncrement()) < batches) {
          long t0 = System.nanoTime();
          String answer = send(http, url, key, bodies.get((int) batch));
          latencies.add(System.nanoTime() - t0);
          if (!answer.contains("\"recorded\":1000")) {
            throw new IllegalStateException("unexpected answer: " + answer.substring(0, Math.min(300, answer.length())));
          }
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - begin) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    System.out.printf(Locale.ROOT, "recorded %d purchases in %.2f s with %d clients: %.0f purchases/s%n",
        batches * 1000L, seconds, clients, batches * 1000 / seconds);
    System.out.printf(Locale.ROOT, "batch of 1,000: median %.1f ms, p99 %.1f ms%n",
        sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
  }

  private static final String RECORD =
      "mutation($in:[PurchaseInput!]!){recordPurchases(input:$in){recorded duplicates userErrors{code}}}";

  static String body(String query, String variablesIn) {
    return "{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":{\"in\":" + variablesIn + "}}";
  }

  static String post(HttpClient http, String url, String key, String query, String variablesIn) throws Exception {
    return send(http, url, key, body(query, variablesIn));
  }

  static String send(HttpClient http, String url, String key, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}

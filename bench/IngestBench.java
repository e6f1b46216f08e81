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

    int batches = total / 1000;
    AtomicLong next = new AtomicLong();
    List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long begin = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(pool.submit(() -> {
        SplittableRandom random = new SplittableRandom(next.get() * 31 + 7);
        long batch;
        while ((batch = next.getAndIncrement()) < batches) {
          StringBuilder items = new StringBuilder();
          Instant base = Instant.parse("2024-01-01T00:00:00Z");
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
          long t0 = System.nanoTime();
          String body = post(http, url, key,
              "mutation($in:[PurchaseInput!]!){recordPurchases(input:$in){recorded duplicates userErrors{code}}}",
              "[" + items + "]");
          latencies.add(System.nanoTime() - t0);
          if (!body.contains("\"recorded\":1000")) {
            throw new IllegalStateException("unexpected answer: " + body.substring(0, Math.min(300, body.length())));
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

  static String post(HttpClient http, String url, String key, String query, String variablesIn) throws Exception {
    String json = "{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":{\"in\":" + variablesIn + "}}";
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

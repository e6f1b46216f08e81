import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load through the proxy in front of two instances while bench/scaleout.sh stops and restarts them (bench/README.md,
 * "Scale-out"): clients alternate a page read and a batch of purchases with fresh external ids, retry a failed batch
 * with the same ids (safe: purchases are idempotent by external id), and report what the clients saw. Prints the
 * acknowledged purchase count last, for the script's exactly-once check in SQL.
 *
 * <p>Usage: java ScaleOutBench.java baseUrl apiKey seconds clients
 */
public final class ScaleOutBench {
  private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");
  private static final int CUSTOMERS = 200;
  private static final int BATCH = 5;

  private static final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
  private static final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
  private static final AtomicLong acknowledged = new AtomicLong();
  private static final AtomicLong batchesRetried = new AtomicLong();

  public static void main(String[] args) throws Exception {
    String url = args[0] + "/graphql";
    String key = args[1];
    long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[2])).toNanos();
    int clients = Integer.parseInt(args[3]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    StringBuilder customers = new StringBuilder();
    for (int i = 0; i < CUSTOMERS; i++) {
      customers.append(i == 0 ? "" : ",").append("{\"externalId\":\"so-").append(i).append("\"}");
    }
    check(post(http, url, key, "{\"query\":\"mutation($in:[CustomerInput!]!){upsertCustomers(input:$in){upserted}}\","
        + "\"variables\":{\"in\":[" + customers + "]}}"));
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread = new Thread(() -> run(http, url, key, client, until), "client-" + client);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.println("requests: " + sorted.size() + ", outcomes: " + new TreeMap<>(outcomes));
    System.out.printf("latency ms: p50 %.1f, p99 %.1f, max %.1f%n", pct(sorted, 0.50), pct(sorted, 0.99),
        sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1e6);
    System.out.println("batches retried: " + batchesRetried.get());
    System.out.println("acknowledged purchases: " + acknowledged.get());
  }

  private static void run(HttpClient http, String url, String key, int client, long until) {
    long n = 0;
    while (System.nanoTime() < until) {
      timed(http, url, key, "{\"query\":\"{customers(first:20){nodes{externalId value{lifetimeRevenue{amount}}}}}\"}");
      StringBuilder purchases = new StringBuilder();
      for (int i = 0; i < BATCH; i++) {
        purchases.append(i == 0 ? "" : ",").append("{\"externalId\":\"c").append(client).append('-').append(n)
            .append('-').append(i).append("\",\"customerExternalId\":\"so-")
            .append((client * 31 + n * 7 + i) % CUSTOMERS)
            .append("\",\"occurredAt\":\"2026-06-01T12:00:00Z\",\"amount\":\"10\"}");
      }
      String body = "{\"query\":\"mutation($in:[PurchaseInput!]!){recordPurchases(input:$in){recorded"
          + " duplicates userErrors{code}}}\",\"variables\":{\"in\":[" + purchases + "]}}";
      // an unanswered batch is sent again with the same ids until it is answered: stored exactly once either way
      for (int attempt = 0; ; attempt++) {
        if (timed(http, url, key, body)) {
          acknowledged.addAndGet(BATCH);
          break;
        }
        batchesRetried.incrementAndGet();
        if (attempt == 50) {
          throw new IllegalStateException("a batch was never acknowledged");
        }
        sleep(200);
      }
      n++;
    }
  }

  /** One request; true when it was answered 200 without errors. */
  private static boolean timed(HttpClient http, String url, String key, String body) {
    long start = System.nanoTime();
    String outcome;
    boolean ok = false;
    try {
      HttpResponse<String> response = post(http, url, key, body);
      Matcher code = CODE.matcher(response.body());
      ok = response.statusCode() == 200 && !response.body().contains("\"errors\"");
      outcome = ok ? "200" : response.statusCode() + (code.find() ? " " + code.group(1) : "");
    } catch (Exception e) {
      outcome = "client " + e.getClass().getSimpleName();
    }
    latencies.add(System.nanoTime() - start);
    outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
    return ok;
  }

  private static HttpResponse<String> post(HttpClient http, String url, String key, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void check(HttpResponse<String> response) {
    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
      throw new IllegalStateException("setup failed: " + response.statusCode() + " " + response.body());
    }
  }

  private static double pct(List<Long> sorted, double p) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What metrics and the access log cost (issue 7): closed-loop clients send one small named query (a page of 10
 * customer ids) for a fixed count, then GET /metrics is scraped a few times. Run it once against a server with
 * METRICS_ENABLED=true and once with false (bench/metrics.sh does both); the difference in throughput and latency is
 * the overhead. Loopback only; stops by itself.
 *
 * <p>{@code java bench/MetricsBench.java URL KEY [--requests=20000] [--clients=4] [--warmup=2000] [--scrapes=20]
 * [--pid=SERVER_PID]}: with the server's pid it also reports the server's CPU time per query (from /proc), which
 * other load on a shared machine disturbs far less than throughput.
 */
public final class MetricsBench {
  private static final String QUERY =
      "{\"query\":\"query BenchPage { customers(first: 10) { edges { node { id } } } }\"}";

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java bench/MetricsBench.java URL KEY [--requests=20000] [--clients=4]"
          + " [--warmup=2000] [--scrapes=20]");
      System.exit(2);
    }
    String url = args[0];
    String key = args[1];
    int requests = option(args, "requests", 20_000);
    int clients = option(args, "clients", 4);
    int warmup = option(args, "warmup", 2_000);
    int scrapes = option(args, "scrapes", 20);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    int pid = option(args, "pid", 0);
    run(http, url, key, warmup, clients);
    long cpuBefore = pid > 0 ? cpuTicks(pid) : 0;
    long started = System.nanoTime();
    long[] latencies = run(http, url, key, requests, clients);
    double seconds = (System.nanoTime() - started) / 1e9;
    if (pid > 0) {
      // the kernel's clock ticks are 1/100 s on Linux (getconf CLK_TCK)
      System.out.printf("server CPU: %.1f s for %d queries = %.0f µs per query%n", (cpuTicks(pid) - cpuBefore) / 100.0,
          requests, (cpuTicks(pid) - cpuBefore) * 10_000.0 / requests);
    }
    Arrays.sort(latencies);
    System.out.printf("queries: %d in %.1f s = %.0f/s with %d clients; latency median %.2f ms, p99 %.2f ms%n",
        requests, seconds, requests / seconds, clients, latencies[latencies.length / 2] / 1e6,
        latencies[(int) (latencies.length * 0.99)] / 1e6);

    HttpRequest scrape = HttpRequest.newBuilder(URI.create(url + "/metrics")).timeout(Duration.ofSeconds(30)).GET()
        .build();
    HttpResponse<String> first = http.send(scrape, HttpResponse.BodyHandlers.ofString());
    if (first.statusCode() != 200) {
      System.out.println("GET /metrics: HTTP " + first.statusCode() + " (metrics off)");
      return;
    }
    long[] scrapeNanos = new long[scrapes];
    for (int i = 0; i < scrapes; i++) {
      long at = System.nanoTime();
      http.send(scrape, HttpResponse.BodyHandlers.ofString());
      scrapeNanos[i] = System.nanoTime() - at;
    }
    Arrays.sort(scrapeNanos);
    long series = first.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).count();
    System.out.printf("GET /metrics: %d series, %d bytes; median %.2f ms, max %.2f ms over %d scrapes%n", series,
        first.body().length(), scrapeNanos[scrapes / 2] / 1e6, scrapeNanos[scrapes - 1] / 1e6, scrapes);
  }

  /** Sends {@code count} queries from {@code clients} closed-loop clients; the latency of each, in nanoseconds. */
  private static long[] run(HttpClient http, String url, String key, int count, int clients) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/graphql")).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(QUERY)).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<long[]>> parts = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int share = count / clients + (c < count % clients ? 1 : 0);
        parts.add(pool.submit(() -> {
          long[] latencies = new long[share];
          for (int i = 0; i < share; i++) {
            long at = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies[i] = System.nanoTime() - at;
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
              throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
          }
          return latencies;
        }));
      }
      long[] all = new long[count];
      int at = 0;
      for (Future<long[]> part : parts) {
        long[] latencies = part.get();
        System.arraycopy(latencies, 0, all, at, latencies.length);
        at += latencies.length;
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  /** User plus system CPU time of the process so far, in clock ticks: fields 14 and 15 of /proc/PID/stat. */
  private static long cpuTicks(int pid) throws java.io.IOException {
    String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  private static int option(String[] args, String name, int fallback) {
    for (String arg : args) {
      if (arg.startsWith("--" + name + "=")) {
        return Integer.parseInt(arg.substring(name.length() + 3));
      }
    }
    return fallback;
  }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Latency of one page of customers with value, tenure, lifecycle stage and defection, for several
 * page sizes. Usage: java bench/PageBench.java URL API_KEY [requests=200]. Loopback only.
 */
public class PageBench {
  private static final String QUERY = "query($n:Int){customers(first:$n,orderBy:{field:LIFETIME_REVENUE,direction:DESC})"
      + "{totalCount nodes{externalId lifecycleStage tenure{days band} value{lifetimeRevenue{amount currency} "
      + "purchaseCount averageOrderValue{amount} tier} defection{occurredAt reason{code category avoidable} "
      + "lostAnnualValue{amount}} conversationGuide{group question}}}}";

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String key = args[1];
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    if (!URI.create(url).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
      throw new IllegalArgumentException("benchmarks only target this machine (localhost)");
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int size : new int[] {10, 100}) {
      List<Long> latencies = new ArrayList<>();
      for (int i = 0; i < requests + 20; i++) {
        String json = "{\"query\":\"" + QUERY.replace("\"", "\\\"") + "\",\"variables\":{\"n\":" + size + "}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - t0;
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
          throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        if (i >= 20) {
          latencies.add(elapsed);
        }
      }
      latencies.sort(null);
      System.out.printf(Locale.ROOT, "page of %d customers: median %.2f ms, p99 %.2f ms (%d requests after 20 warm-up)%n",
          size, latencies.get(latencies.size() / 2) / 1e6, latencies.get((int) (latencies.size() * 0.99)) / 1e6,
          requests);
    }
  }
}

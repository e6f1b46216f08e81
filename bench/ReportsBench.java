import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Latency of the three analytics reports, cold (right after a write to the tenant, which drops its cached answers)
 * and warm (asked again, served from the cache). Usage: java bench/ReportsBench.java URL API_KEY [requests=20].
 * Loopback only.
 */
public class ReportsBench {
  private static final String[][] REPORTS = {
      {"segmentMatrix", "{segmentMatrix{asOf cells{valueTier tenureBand customers revenue{amount} atRisk lost}}}"},
      {"customerFlow (month, 1 year)", "{customerFlow(from:\\\"2025-07-01\\\",to:\\\"2026-06-30\\\",interval:MONTH)"
          + "{start end startingCustomers acquired wonBack lost lapsed endingCustomers churnRate lostValue{amount}}}"},
      {"customerFlow (week, 4 years)", "{customerFlow(from:\\\"2022-07-01\\\",to:\\\"2026-06-30\\\",interval:WEEK)"
          + "{start endingCustomers}}"},
      {"defectionSummary (1 year)", "{defectionSummary(from:\\\"2025-07-01\\\",to:\\\"2026-06-30\\\"){customersLost"
          + " lostValue{amount} avoidableShare byReason{reason{code} customers share} byCategory{category customers}"
          + " byValueTier{valueTier customers} byTenureBand{tenureBand customers} trend(interval:MONTH){start customersLost}}}"},
      {"defectionSummary (all time)", "{defectionSummary(from:\\\"2000-01-01\\\",to:\\\"2026-12-31\\\"){customersLost"
          + " byReason{reason{code} customers} byValueTier{valueTier customers}}}"}};
  private static final String WRITE = "mutation{upsertCustomers(input:[{externalId:\\\"bench-write\\\"}]){upserted}}";

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String key = args[1];
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    if (!URI.create(url).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
      throw new IllegalArgumentException("benchmarks only target this machine (localhost)");
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<Long> baseline = new ArrayList<>();
    for (int i = 0; i < requests * 5; i++) {
      baseline.add(post(http, url, key, "{__typename}"));
    }
    // what every request costs without a report: authentication (one lookup), GraphQL, JSON over loopback
    System.out.printf(Locale.ROOT, "%-30s median %5.2f ms, max %5.2f ms%n", "HTTP baseline {__typename}",
        median(baseline), max(baseline));
    for (String[] report : REPORTS) {
      List<Long> cold = new ArrayList<>();
      List<Long> warm = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        post(http, url, key, WRITE);
        cold.add(post(http, url, key, report[1]));
        for (int w = 0; w < 5; w++) {
          warm.add(post(http, url, key, report[1]));
        }
      }
      System.out.printf(Locale.ROOT, "%-30s cold median %7.1f ms, max %7.1f ms | warm median %5.2f ms, max %5.2f ms%n",
          report[0], median(cold), max(cold), median(warm), max(warm));
    }
  }

  private static long post(HttpClient http, String url, String key, String query) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + key)
        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}")).build();
    long t0 = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    long elapsed = System.nanoTime() - t0;
    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
    }
    return elapsed;
  }

  private static double median(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2) / 1e6;
  }

  private static double max(List<Long> nanos) {
    return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
  }
}

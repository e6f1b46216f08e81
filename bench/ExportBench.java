import io.customerintel.bootstrap.Server;
import io.customerintel.bootstrap.config.AppConfig;
import io.customerintel.bootstrap.config.ExportSettings;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bulk export speed and memory (issue 7), by hand: runs the server in this JVM (so its heap is this heap), then
 * samples the heap while idle, while an export of the whole tenant runs, and while its file is downloaded as JSON
 * Lines and as CSV. Reports customers per second and, for each phase, the peak of heap used (sampled every 20 ms,
 * garbage included) and the peak of the heap's live set (what the old generation held right after a collection).
 *
 * Usage (see bench/export.sh): java -Xmx512m -cp bootstrap/target/customer-intel.jar bench/ExportBench.java KEY
 * [idleSeconds=10] [query]; database and port from the environment as for `serve`.
 */
public class ExportBench {
  private static final String DEFAULT_QUERY = "{ customers { nodes { id externalId name firstSeenAt firstPurchaseAt"
      + " lastPurchaseAt lifecycleStage tenure { days band } value { lifetimeRevenue { amount currency }"
      + " purchaseCount averageOrderValue { amount } tier } health { score band } } } }";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    String key = args[0];
    int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    String query = args.length > 2 ? args[2] : DEFAULT_QUERY;
    AppConfig config = AppConfig.fromSystemEnvironment();
    Server server = Server.connect(config, ExportSettings.fromSystemEnvironment()).serve(config, false);
    String base = "http://127.0.0.1:" + server.port();
    try {
      System.out.printf("max heap %d MiB, export batch %d customers%n",
          Runtime.getRuntime().maxMemory() >> 20, ExportSettings.fromSystemEnvironment().batchSize());
      Sampler idle = Sampler.during(() -> Thread.sleep(idleSeconds * 1000L));
      report("idle " + idleSeconds + " s", idle);

      long[] result = new long[3];
      Sampler exporting = Sampler.during(() -> {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        JsonObject started = graphql(base, key, "mutation($q:String!){startBulkExport(query:$q){bulkExport{id}"
            + " userErrors{code message}}}", new JsonObject().put("q", query)).getJsonObject("startBulkExport");
        if (started.getValue("bulkExport") == null) {
          throw new IllegalStateException("refused: " + started.encode());
        }
        String id = started.getJsonObject("bulkExport").getString("id");
        JsonObject export;
        do {
          Thread.sleep(100);
          export = graphql(base, key, "query($id:ID!){bulkExport(id:$id){status objectCount fileSize errorCode}}",
              new JsonObject().put("id", id)).getJsonObject("bulkExport");
        } while (export.getString("status").equals("RUNNING") || export.getString("status").equals("CREATED"));
        long nanos = System.nanoTime() - start;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        if (!export.getString("status").equals("COMPLETED")) {
          throw new IllegalStateException("export ended " + export.encode());
        }
        result[0] = export.getLong("objectCount");
        result[1] = nanos;
        result[2] = export.getDouble("fileSize").longValue();
        System.out.printf("export %s: %,d customers, %,d bytes in %.1f s = %,.0f customers/s%n", id, result[0],
            result[2], nanos / 1e9, result[0] / (nanos / 1e9));
        // the machine is shared: CPU time per customer says what two free cores would do
        System.out.printf("  server JVM CPU during the export %.1f s = %,.0f customers per CPU-second"
            + " (load average at the end %.1f)%n", cpuSeconds, result[0] / cpuSeconds,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ID = id;
      });
      report("export", exporting);

      for (String accept : new String[] {"application/x-ndjson", "text/csv"}) {
        Sampler download = Sampler.during(() -> {
          long start = System.nanoTime();
          HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/exports/" + ID))
              .header("Authorization", "Bearer " + key).header("Accept", accept).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
          long bytes = 0;
          byte[] buffer = new byte[1 << 16];
          try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
              bytes += n;
            }
          }
          double seconds = (System.nanoTime() - start) / 1e9;
          System.out.printf("download %s: HTTP %d, %,d bytes in %.1f s (%,.0f customers/s)%n", accept,
              response.statusCode(), bytes, seconds, result[0] / seconds);
        });
        report("download " + accept, download);
      }
    } finally {
      server.close();
    }
    System.exit(0);
  }

  private static volatile String ID;

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void report(String phase, Sampler sampler) {
    System.out.printf("  heap during %-28s peak used %,6d MiB | peak live (old gen after GC) %,6d MiB%n", phase + ":",
        sampler.peakUsed.get() >> 20, sampler.peakLive.get() >> 20);
  }

  private static JsonObject graphql(String base, String key, String query, JsonObject variables) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", query).put("variables", variables)
            .encode())).timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
    JsonObject body = new JsonObject(response.body());
    if (body.getValue("errors") != null) {
      throw new IllegalStateException(body.encode());
    }
    return body.getJsonObject("data");
  }

  /** Samples heap used every 20 ms, and the old generation's usage after each collection, while work runs. */
  static final class Sampler {
    final AtomicLong peakUsed = new AtomicLong();
    final AtomicLong peakLive = new AtomicLong();

    interface Work {
      void run() throws Exception;
    }

    static Sampler during(Work work) throws Exception {
      System.gc();
      Sampler sampler = new Sampler();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      AtomicBoolean done = new AtomicBoolean();
      Thread thread = new Thread(() -> {
        while (!done.get()) {
          long used = 0;
          long live = 0;
          for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) {
              continue;
            }
            used += pool.getUsage().getUsed();
            if (pool.getCollectionUsage() != null && pool.getName().matches(".*(Old|Tenured).*")) {
              live = Math.max(live, pool.getCollectionUsage().getUsed());
            }
          }
          sampler.peakUsed.accumulateAndGet(used, Math::max);
          sampler.peakLive.accumulateAndGet(live, Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
      try {
        work.run();
      } finally {
        done.set(true);
        thread.join();
      }
      return sampler;
    }
  }
}

package io.customerintel.bootstrap.metrics;

import io.customerintel.adapters.graphql.http.HttpObservability;
import io.customerintel.application.port.out.OperationsTelemetry;
import io.customerintel.application.service.CacheStatistics;
import io.customerintel.bootstrap.config.MetricsSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One server's metrics: the Prometheus registry it owns, a Vert.x instance that reports its HTTP server, SQL pool
 * and JVM meters into it, and the pieces the adapters and the application report through. With metrics off, the
 * same pieces report nowhere and /metrics is not served.
 */
public final class ServerMetrics {

  private final PrometheusMeterRegistry registry;
  private final MetricsSettings settings;
  private final CacheStatisticsMetrics caches;
  private final OperationsTelemetry telemetry;

  private ServerMetrics(MetricsSettings settings) {
    this.settings = settings;
    this.registry = settings.enabled() ? new PrometheusMeterRegistry(PrometheusConfig.DEFAULT) : null;
    this.caches = registry == null ? null : new CacheStatisticsMetrics(registry);
    this.telemetry = registry == null ? OperationsTelemetry.NONE : new MicrometerOperationsTelemetry(registry);
  }

  public static ServerMetrics of(MetricsSettings settings) {
    return new ServerMetrics(settings);
  }

  /** A Vert.x instance whose own meters (vertx_http_server_*, vertx_pool_*, vertx_sql_*, jvm_*) go to this registry. */
  public Vertx createVertx() {
    if (registry == null) {
      return Vertx.vertx();
    }
    MicrometerMetricsOptions options = new MicrometerMetricsOptions()
        .setEnabled(true)
        .setJvmMetricsEnabled(true)
        // a name of its own: Vert.x keeps backends by name, and tests run several servers in one JVM
        .setRegistryName("customer-intel-" + UUID.randomUUID())
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true));
    return Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(options))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .build();
  }

  /** Where the HTTP API's meters go and how it serves /metrics. */
  public HttpObservability http() {
    return registry == null ? HttpObservability.none()
        : new HttpObservability(registry, new PrometheusScrape(registry), settings.token());
  }

  public OperationsTelemetry telemetry() {
    return telemetry;
  }

  /** Reports each named cache's hits, misses, evictions and size. */
  public void monitorCaches(Map<String, Supplier<CacheStatistics>> namedCaches) {
    if (caches != null) {
      namedCaches.forEach(caches::monitor);
    }
  }

  /** The registry, for the adapters' own cache meters; a registry that keeps nothing when metrics are off. */
  public MeterRegistry registry() {
    return registry == null ? HttpObservability.none().registry() : registry;
  }
}

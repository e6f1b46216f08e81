package io.customerintel.adapters.graphql.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;

/**
 * What the HTTP API reports to operators and how: the registry its request and cache meters go to, and the
 * handler that serves {@code GET /metrics} (docs/operations-metrics.md).
 *
 * @param registry      where the request, error, cost and cache meters are registered
 * @param metrics       answers {@code GET /metrics} in the registry's exposition format; {@code null}: no /metrics route
 * @param metricsToken  when set, /metrics needs {@code Authorization: Bearer <token>}; {@code null}: it is open, and
 *                      must then not be reachable from outside the operator's network
 */
public record HttpObservability(MeterRegistry registry, Handler<RoutingContext> metrics, String metricsToken) {

  public HttpObservability {
    Objects.requireNonNull(registry, "registry");
    if (metricsToken != null && metricsToken.isBlank()) {
      throw new IllegalArgumentException("a metrics token must not be blank");
    }
  }

  /** Meters that go nowhere and no /metrics route; the access log is still written. */
  public static HttpObservability none() {
    return new HttpObservability(new CompositeMeterRegistry(), null, null);
  }
}

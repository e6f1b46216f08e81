package io.customerintel.bootstrap.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers {@code GET /metrics} with the registry in Prometheus text format 0.0.4, or in OpenMetrics 1.0 when the
 * scraper asks for it in Accept. The scrape renders every series, so it runs off the event loop.
 */
public final class PrometheusScrape implements Handler<RoutingContext> {

  static final String TEXT = "text/plain; version=0.0.4; charset=utf-8";
  static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  public PrometheusScrape(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void handle(RoutingContext rc) {
    String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
    String contentType = accept != null && accept.contains("application/openmetrics-text") ? OPEN_METRICS : TEXT;
    rc.vertx().executeBlocking(() -> registry.scrape(contentType), false).onComplete(scraped -> {
      if (scraped.failed()) {
        rc.fail(500, scraped.cause());
        return;
      }
      rc.response()
          .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
          .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
          .end(scraped.result());
    });
  }
}

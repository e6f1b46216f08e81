package io.customerintel.adapters.graphql.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Lets a /metrics request through only with the configured bearer token (METRICS_TOKEN), compared in constant time. */
final class MetricsTokenGuard implements Handler<RoutingContext> {

  private final byte[] expected;

  MetricsTokenGuard(String token) {
    this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(RoutingContext rc) {
    String sent = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (sent == null || !MessageDigest.isEqual(expected, sent.trim().getBytes(StandardCharsets.UTF_8))) {
      BearerAuthHandler.refuse(rc, "The metrics endpoint needs 'Authorization: Bearer <METRICS_TOKEN>'");
      return;
    }
    rc.next();
  }
}

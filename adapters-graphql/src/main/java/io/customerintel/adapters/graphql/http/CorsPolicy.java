package io.customerintel.adapters.graphql.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.List;
import java.util.Set;

/**
 * Lets the configured browser origins call the API (vertx-web's CorsHandler answers their preflights and adds the
 * CORS headers) and no other: a preflight from any other origin is refused with 403 and no CORS headers. Keys are
 * bearer tokens, never cookies, so no credentials mode is offered.
 */
final class CorsPolicy implements Handler<RoutingContext> {

  /** How long a browser may reuse a preflight answer. */
  static final int PREFLIGHT_MAX_AGE_SECONDS = 600;

  private final Set<String> allowed;
  // Null when no origin is allowed: CorsHandler without origins would allow every one.
  private final CorsHandler cors;

  CorsPolicy(List<String> allowedOrigins) {
    this.allowed = Set.copyOf(allowedOrigins);
    this.cors = allowedOrigins.isEmpty() ? null : CorsHandler.create()
        .addOrigins(allowedOrigins)
        .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.OPTIONS))
        .allowedHeaders(Set.of(HttpHeaders.AUTHORIZATION.toString(), HttpHeaders.CONTENT_TYPE.toString()))
        .exposedHeader(RequestIdHandler.HEADER)
        .maxAgeSeconds(PREFLIGHT_MAX_AGE_SECONDS);
  }

  @Override
  public void handle(RoutingContext rc) {
    String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      rc.next();
    } else if (allowed.contains(origin)) {
      cors.handle(rc);
    } else if (isPreflight(rc)) {
      TransportErrors.send(rc, 403, ErrorCode.FORBIDDEN, "Cross-origin requests from this origin are not allowed");
    } else {
      // Browsers send Origin on same-origin POSTs too (GraphiQL here). A cross-origin page gets no CORS headers,
      // so its browser keeps the answer from it; and its requests, all non-simple, were preflighted and refused.
      rc.next();
    }
  }

  private static boolean isPreflight(RoutingContext rc) {
    return rc.request().method() == HttpMethod.OPTIONS
        && rc.request().headers().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
  }
}

package io.customerintel.adapters.graphql.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/** Reads the URL parameters once, answering 400 for an undecodable query string instead of letting it become a 500. */
final class QueryParams {

  private QueryParams() {
  }

  /**
   * The request's parameters, or {@code null} after a 400 was sent. The returned map is the one vertx-web caches
   * on the RoutingContext (case-insensitive and mutable), so removals are seen by later handlers.
   */
  static MultiMap of(RoutingContext rc) {
    try {
      return rc.queryParams();
    } catch (RuntimeException e) {
      TransportErrors.send(rc, 400, ErrorCode.BAD_REQUEST, "The URL query string cannot be decoded");
      return null;
    }
  }
}

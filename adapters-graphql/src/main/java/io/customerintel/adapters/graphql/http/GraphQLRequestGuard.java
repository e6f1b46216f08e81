package io.customerintel.adapters.graphql.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/** Refuses, from a POST's headers alone, what a cross-site form could send, before key lookup or body buffering. */
final class GraphQLRequestGuard implements io.vertx.core.Handler<RoutingContext> {

  /** Parameters vertx-web-graphql would read from the URL even on POST, overriding the body. */
  static final List<String> OPERATION_PARAMS = List.of("query", "variables", "operationName", "extensions");

  @Override
  public void handle(RoutingContext rc) {
    if (rc.request().method() != HttpMethod.POST) {
      rc.next();
      return;
    }
    // Form encodings and text/plain need no CORS preflight, and vertx-web-graphql would execute some of them.
    if (!isJson(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
      TransportErrors.send(rc, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "POST requests must have Content-Type: application/json");
      return;
    }
    MultiMap params = QueryParams.of(rc);
    if (params == null) {
      return;
    }
    for (String name : OPERATION_PARAMS) {
      if (params.contains(name)) {
        TransportErrors.send(rc, 400, ErrorCode.BAD_REQUEST,
            "On POST, '" + name + "' must be sent in the JSON body, not in the URL");
        return;
      }
    }
    rc.next();
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return mediaType.trim().toLowerCase(Locale.ROOT).equals("application/json");
  }
}

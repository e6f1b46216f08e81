package io.customerintel.adapters.graphql.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/** Gives every request a correlation id (the caller's when it is safe to echo and log) so logs and responses match up. */
final class RequestIdHandler implements Handler<RoutingContext> {

  static final String HEADER = "X-Request-Id";

  // Anything wider could smuggle log-forging or header-splitting characters into our logs and responses.
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Override
  public void handle(RoutingContext rc) {
    requestId(rc);
    rc.next();
  }

  /** Lazy so that failures raised before this handler ran (e.g. by the router itself) still get an id. */
  static String requestId(RoutingContext rc) {
    String id = rc.get(RequestKeys.REQUEST_ID);
    if (id == null) {
      String incoming = rc.request().getHeader(HEADER);
      id = incoming != null && ACCEPTABLE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
      rc.put(RequestKeys.REQUEST_ID, id);
      HttpServerResponse response = rc.response();
      if (!response.headWritten()) {
        response.putHeader(HEADER, id);
      }
    }
    return id;
  }
}

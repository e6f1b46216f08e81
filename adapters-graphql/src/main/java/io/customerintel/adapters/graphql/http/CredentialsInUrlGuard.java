package io.customerintel.adapters.graphql.http;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Refuses a request that carries an API key in its URL, even with a valid Authorization header: URLs end up in
 * proxy and server logs, browser history and Referer headers, so a key sent there must not be seen to work.
 */
final class CredentialsInUrlGuard implements Handler<RoutingContext> {

  /** Parameter names clients use for keys; matched regardless of case (vertx-web's parameter map ignores it). */
  static final List<String> CREDENTIAL_PARAMS = List.of("api_key", "apiKey", "key", "token", "access_token");

  @Override
  public void handle(RoutingContext rc) {
    MultiMap params = QueryParams.of(rc);
    if (params == null) {
      return;
    }
    for (String name : CREDENTIAL_PARAMS) {
      if (params.contains(name)) {
        TransportErrors.send(rc, 400, ErrorCode.BAD_REQUEST, "API keys must not be sent in the URL ('" + name
            + "'): send the header 'Authorization: Bearer <api key>', and revoke a key that was sent in a URL");
        return;
      }
    }
    rc.next();
  }
}

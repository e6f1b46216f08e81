package io.customerintel.adapters.graphql.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** The operation a request asks for, read where vertx-web-graphql will read it: the JSON body, or the URL on GET. */
record RequestedOperation(String query, String operationName, Map<String, Object> variables) {

  /** The request's operation, or null when it has no query text (execution will say so). */
  static RequestedOperation of(RoutingContext rc) {
    try {
      if (rc.request().method() == HttpMethod.GET) {
        MultiMap params = rc.queryParams();
        String variables = params.get("variables");
        return of(params.get("query"), params.get("operationName"),
            variables == null ? null : new JsonObject(variables));
      }
      JsonObject body = rc.body().asJsonObject();
      return body == null ? null : of(body.getValue("query"), body.getValue("operationName"),
          body.getJsonObject("variables"));
    } catch (RuntimeException malformed) {
      // the payload guard refuses malformed requests first; anything it let through is execution's to report
      return null;
    }
  }

  private static RequestedOperation of(Object query, Object operationName, JsonObject variables) {
    if (!(query instanceof String text)) {
      return null;
    }
    return new RequestedOperation(text, operationName instanceof String name && !name.isEmpty() ? name : null,
        variables == null ? Map.of() : variables.getMap());
  }
}

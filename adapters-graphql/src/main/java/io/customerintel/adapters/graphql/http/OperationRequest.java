package io.customerintel.adapters.graphql.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import java.util.Map;

/**
 * The query text and extensions of a request that {@link GraphQLPayloadGuard} accepted, read where vertx-web-graphql
 * reads them (the JSON body of a POST, the URL of a GET), and the means to fill in a query text found by its hash.
 */
final class OperationRequest {
  private final RoutingContext rc;
  private final JsonObject body;
  private final MultiMap params;

  private OperationRequest(RoutingContext rc, JsonObject body, MultiMap params) {
    this.rc = rc;
    this.body = body;
    this.params = params;
  }

  static OperationRequest of(RoutingContext rc) {
    return rc.request().method() == HttpMethod.GET
        ? new OperationRequest(rc, null, rc.queryParams())
        : new OperationRequest(rc, rc.body().asJsonObject(), null);
  }

  boolean isGet() {
    return body == null;
  }

  /** The query text, or {@code null} when the client sent only a hash. */
  String query() {
    return isGet() ? params.get("query") : body.getString("query");
  }

  /** The variables; empty when there are none. */
  Map<String, Object> variables() {
    JsonObject variables;
    if (isGet()) {
      String raw = params.get("variables");
      variables = raw == null ? null : new JsonObject(raw);
    } else {
      variables = body.getJsonObject("variables");
    }
    return variables == null ? Map.of() : variables.getMap();
  }

  String operationName() {
    return isGet() ? params.get("operationName") : body.getString("operationName");
  }

  /** The extensions object, or {@code null} when there is none. */
  JsonObject extensions() {
    if (!isGet()) {
      return body.getJsonObject("extensions");
    }
    String raw = params.get("extensions");
    return raw == null ? null : new JsonObject(raw);
  }

  /**
   * Makes the request carry the query text, as if the client had sent it, for vertx-web-graphql and for every
   * handler after this one. A GET gets the URL parameter; a POST gets a new body, because vertx-web-graphql reads
   * the body vertx-web's BodyHandler stored and has no other input for it. Replacing that body goes through
   * RoutingContextInternal.setBody (what BodyHandler itself calls): the only way in vertx-web 5.0, and covered by
   * the persisted-query end-to-end tests should an upgrade change it.
   */
  void fillIn(String query) {
    if (isGet()) {
      params.set("query", query);
      return;
    }
    if (!(rc instanceof RoutingContextInternal internal)) {
      throw new IllegalStateException("vertx-web no longer lets a handler replace the request body");
    }
    body.put("query", query);
    internal.setBody(body.toBuffer());
  }
}

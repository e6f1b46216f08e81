package io.customerintel.adapters.graphql.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes the transport's own refusals in the GraphQL error shape, so clients parse one format for every failure. */
final class TransportErrors {

  private TransportErrors() {
  }

  static void send(RoutingContext rc, int status, ErrorCode code, String message) {
    send(rc, status, body(message, code, RequestIdHandler.requestId(rc)));
  }

  /** For refusals whose body carries more than a code and the request id. */
  static void send(RoutingContext rc, int status, JsonObject body) {
    HttpServerResponse response = rc.response();
    if (response.ended() || response.closed()) {
      return;
    }
    RequestRecord request = RequestRecord.of(rc);
    if (request != null) {
      body.getJsonArray("errors", new JsonArray()).forEach(error -> request.errorCode(error instanceof JsonObject json
          ? json.getJsonObject("extensions", new JsonObject()).getString("code") : null));
    }
    if (response.headWritten()) {
      // Part of a response is already out; closing is the only honest signal left.
      response.reset();
      return;
    }
    response
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, ResponseMediaType.of(rc))
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(body.toBuffer());
  }

  static JsonObject body(String message, ErrorCode code, String requestId) {
    JsonObject extensions = new JsonObject().put("code", code.name()).put("requestId", requestId);
    JsonObject error = new JsonObject().put("message", message).put("extensions", extensions);
    return new JsonObject().put("errors", new JsonArray().add(error));
  }
}

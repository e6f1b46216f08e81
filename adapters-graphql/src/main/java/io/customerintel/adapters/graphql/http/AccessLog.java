package io.customerintel.adapters.graphql.http;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger.Level;
import java.time.Instant;

/**
 * Writes one JSON line per observed request to the logger {@value #LOGGER}, at INFO: ids, operation, cost, duration,
 * status and error codes. Never the query text, the variables, customer data or the Authorization header: only what
 * the server itself decided or generated, and the operation name when it is a GraphQL name (docs/operations-metrics.md).
 */
final class AccessLog {

  static final String LOGGER = "customerintel.access";

  private static final System.Logger LOG = System.getLogger(LOGGER);

  void log(RoutingContext rc, RequestRecord request, int status, long nanos) {
    if (!LOG.isLoggable(Level.INFO)) {
      return;
    }
    LOG.log(Level.INFO, line(rc, request, status, nanos).encode());
  }

  static JsonObject line(RoutingContext rc, RequestRecord request, int status, long nanos) {
    JsonObject line = new JsonObject()
        .put("time", Instant.now().toString())
        .put("requestId", RequestIdHandler.requestId(rc))
        .put("method", rc.request().method().name())
        .put("path", rc.request().path())
        .put("status", status)
        // tenths of a millisecond: enough to tell requests apart without printing noise
        .put("durationMs", Math.round(nanos / 100_000.0) / 10.0);
    AuthenticatedTenant tenant = rc.get(RequestKeys.TENANT);
    if (tenant != null) {
      line.put("tenantId", tenant.tenantId().value());
    }
    ApiKeyGrant grant = rc.get(RequestKeys.GRANT);
    if (grant != null) {
      line.put("apiKeyId", grant.keyId());
    }
    if (OperationNames.isName(request.operationName())) {
      line.put("operationName", request.operationName());
    }
    if (request.operationType() != null) {
      line.put("operationType", request.operationType());
    }
    if (request.cost() != null) {
      line.put("cost", request.cost());
    }
    if (!request.errorCodes().isEmpty()) {
      line.put("errorCodes", new JsonArray(request.errorCodes()));
    }
    if (!request.userErrorCodes().isEmpty()) {
      line.put("userErrorCodes", new JsonArray(request.userErrorCodes()));
    }
    return line;
  }
}

package io.customerintel.adapters.graphql.http;

import io.customerintel.domain.tenant.ApiKeyGrant;
import io.customerintel.domain.tenant.ApiKeyScope;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, before anything runs, an operation with a root field whose scope the API key lacks (403 FORBIDDEN).
 * Runs after GraphQLPayloadGuard, so the parameters or body are known to be well formed.
 */
final class ScopeGuard implements Handler<RoutingContext> {

  @Override
  public void handle(RoutingContext rc) {
    ApiKeyGrant grant = rc.get(RequestKeys.GRANT);
    if (grant == null) {
      rc.fail(500, new IllegalStateException("scope check reached without the API key's grant"));
      return;
    }
    if (grant.scopes().containsAll(EnumSet.allOf(ApiKeyScope.class))) {
      // Nothing to refuse: spare the parse.
      rc.next();
      return;
    }
    OperationRequest operation = OperationRequest.of(rc);
    String query = operation.query();
    String operationName = operation.operationName();
    if (query == null) {
      // A document resolved elsewhere (e.g. by a hash) is invisible here: refuse rather than run it unchecked.
      TransportErrors.send(rc, 403, ErrorCode.FORBIDDEN,
          "The operation cannot be checked against this API key's scopes; send its document in 'query'");
      return;
    }
    Optional<Map.Entry<String, ApiKeyScope>> missing = RootFields.of(query, operationName)
        .flatMap(fields -> RequiredScopes.firstMissing(fields, grant.scopes()));
    if (missing.isPresent()) {
      TransportErrors.send(rc, 403, ErrorCode.FORBIDDEN, "This API key lacks the " + missing.get().getValue()
          + " scope that '" + missing.get().getKey() + "' needs");
      return;
    }
    rc.next();
  }
}

package io.customerintel.adapters.graphql.http;

import io.customerintel.domain.tenant.ApiKeyGrant;
import graphql.ExecutionInput;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.graphql.ExecutionInputBuilderWithContext;
import java.util.Map;

/** Hands each execution its tenant, request id and a fixed root, then lets the wiring side add its own per-request state. */
final class ExecutionSetup implements Handler<ExecutionInputBuilderWithContext<RoutingContext>> {

  // Replaces whatever vertx-web-graphql took from the client's `initialValue`: the root is never client-controlled.
  private static final Object ROOT = Map.of();

  private final RequestPreparer preparer;

  ExecutionSetup(RequestPreparer preparer) {
    this.preparer = preparer;
  }

  @Override
  public void handle(ExecutionInputBuilderWithContext<RoutingContext> event) {
    RoutingContext rc = event.context();
    ExecutionInput.Builder builder = event.builder();
    AuthenticatedTenant tenant = rc.get(RequestKeys.TENANT);
    if (tenant == null) {
      throw new IllegalStateException("GraphQL execution reached without an authenticated tenant");
    }
    String requestId = RequestIdHandler.requestId(rc);
    ExecutionOutcome outcome = new ExecutionOutcome();
    rc.put(ExecutionOutcome.KEY, outcome);
    builder.root(ROOT);
    ApiKeyGrant grant = rc.get(RequestKeys.GRANT);
    if (grant == null) {
      throw new IllegalStateException("GraphQL execution reached without the API key's grant");
    }
    builder.graphQLContext(Map.of(
        RequestKeys.TENANT, tenant,
        RequestKeys.GRANT, grant,
        RequestKeys.REQUEST_ID, requestId,
        ExecutionOutcome.KEY, outcome));
    QueryCostHandler.carryInto(rc, builder);
    preparer.prepare(builder, tenant, requestId);
  }
}

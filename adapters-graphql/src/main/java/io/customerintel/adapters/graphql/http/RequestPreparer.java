package io.customerintel.adapters.graphql.http;

import graphql.ExecutionInput;
import io.customerintel.application.port.in.AuthenticatedTenant;

/** Per-request execution setup: the wiring side installs a fresh DataLoaderRegistry and context values here. */
@FunctionalInterface
public interface RequestPreparer {

  /**
   * Called once per authenticated request, on the event loop, just before execution. The builder's
   * GraphQLContext already holds {@link RequestKeys#TENANT} and {@link RequestKeys#REQUEST_ID}; the
   * root is already a fixed empty object (so a client-supplied {@code initialValue} never reaches it).
   */
  void prepare(ExecutionInput.Builder input, AuthenticatedTenant tenant, String requestId);

  /** For deployments (and tests) that need nothing beyond the tenant and request id. */
  static RequestPreparer none() {
    return (input, tenant, requestId) -> { };
  }
}

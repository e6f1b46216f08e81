package io.customerintel.adapters.graphql.http;

import graphql.GraphQLContext;
import io.customerintel.application.port.in.AuthenticatedTenant;

/** Keys of the per-request facts the transport leaves in the GraphQLContext (resolvers) and the RoutingContext (handlers). */
public final class RequestKeys {

  /** The {@link AuthenticatedTenant} the API key resolved to; present on every executed request. */
  public static final String TENANT = "io.customerintel.tenant";

  /** The {@link io.customerintel.domain.tenant.ApiKeyGrant} of the key the request came with. */
  public static final String GRANT = "io.customerintel.apiKeyGrant";

  /** The request's correlation id (a String), also sent back as the {@code X-Request-Id} header. */
  public static final String REQUEST_ID = "io.customerintel.requestId";

  private RequestKeys() {
  }

  /** The tenant of the request; failing loudly because a resolver running without one is a wiring bug. */
  public static AuthenticatedTenant tenant(GraphQLContext context) {
    AuthenticatedTenant tenant = context.get(TENANT);
    if (tenant == null) {
      throw new IllegalStateException("No authenticated tenant in the GraphQL context");
    }
    return tenant;
  }

  /** The request id, or {@code null} outside an HTTP request (e.g. in unit tests of the schema). */
  public static String requestId(GraphQLContext context) {
    return context.get(REQUEST_ID);
  }
}

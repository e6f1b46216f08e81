package io.customerintel.adapters.graphql.http;

import io.customerintel.adapters.graphql.limits.QueryLimits;
import java.util.List;

/**
 * Deployment choices for the HTTP transport.
 *
 * @param graphiqlEnabled whether {@code /graphiql} is served; off by default because it is a developer tool
 * @param maxBodyBytes    largest accepted request body; larger ones get 413 before any parsing
 * @param corsAllowedOrigins browser origins that may call /graphql from their pages (exact, see {@link CorsOrigins});
 *                           empty: none
 * @param queryLimits     cost, depth, alias, directive and parser limits every operation must keep (docs/limits.md)
 */
public record HttpApiOptions(boolean graphiqlEnabled, long maxBodyBytes,
                             List<String> corsAllowedOrigins, QueryLimits queryLimits) {

  public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024L;

  public HttpApiOptions {
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    corsAllowedOrigins = corsAllowedOrigins == null ? List.of()
        : corsAllowedOrigins.stream().map(CorsOrigins::origin).distinct().toList();
    if (queryLimits == null) {
      throw new IllegalArgumentException("queryLimits are required");
    }
  }

  public HttpApiOptions(boolean graphiqlEnabled, long maxBodyBytes, List<String> corsAllowedOrigins) {
    this(graphiqlEnabled, maxBodyBytes, corsAllowedOrigins, QueryLimits.defaults());
  }

  public HttpApiOptions(boolean graphiqlEnabled, long maxBodyBytes, QueryLimits queryLimits) {
    this(graphiqlEnabled, maxBodyBytes, List.of(), queryLimits);
  }

  public HttpApiOptions(boolean graphiqlEnabled, long maxBodyBytes) {
    this(graphiqlEnabled, maxBodyBytes, List.of(), QueryLimits.defaults());
  }

  public HttpApiOptions(boolean graphiqlEnabled) {
    this(graphiqlEnabled, DEFAULT_MAX_BODY_BYTES);
  }

  public static HttpApiOptions defaults() {
    return new HttpApiOptions(false, DEFAULT_MAX_BODY_BYTES);
  }
}

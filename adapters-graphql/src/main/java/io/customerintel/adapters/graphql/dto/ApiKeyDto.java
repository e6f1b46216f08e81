package io.customerintel.adapters.graphql.dto;

import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.domain.tenant.ApiKey;
import io.customerintel.domain.tenant.ApiKeyScope;
import java.time.OffsetDateTime;
import java.util.List;

/** The GraphQL ApiKey: what administrators may see of a key, which never includes its secret or hash. */
public record ApiKeyDto(String id, String name, List<ApiKeyScope> scopes, boolean persistedQueriesOnly,
                        OffsetDateTime createdAt, OffsetDateTime revokedAt, Integer rateLimitCapacity,
                        Integer rateLimitRefillPerSecond) {

  public static ApiKeyDto of(ApiKey key) {
    return new ApiKeyDto(GlobalIds.encode(GlobalIds.API_KEY, key.id()), key.name(), List.copyOf(key.scopes()),
        key.persistedQueriesOnly(), Times.utc(key.createdAt()), Times.utc(key.revokedAt()), key.bucketCapacity(),
        key.bucketRefillPerSecond());
  }
}

package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.ApiKeyDto;
import io.customerintel.adapters.graphql.http.RequestKeys;
import io.customerintel.application.port.in.Caller;
import io.customerintel.application.port.in.ManageApiKeysUseCase;
import io.customerintel.application.port.in.ManageApiKeysUseCase.RevokeResult;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.customerintel.domain.tenant.ApiKeyScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Query.apiKeys, the key management mutations, and ApiKey ids in node(id:). */
public final class ApiKeyWiring {
  private final UseCases useCases;

  public ApiKeyWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type.dataFetcher("apiKeys", this::apiKeys));
    wiring.type("Mutation", type -> type
        .dataFetcher("createApiKey", this::create)
        .dataFetcher("revokeApiKey", this::revoke));
  }

  /**
   * An ApiKey by id for node(id:). Keys are visible to ADMIN keys only; to any other key an ApiKey id is null,
   * like an id of another tenant's object.
   */
  static CompletableFuture<Object> node(UseCases useCases, DataFetchingEnvironment env, long keyId) {
    Caller caller = caller(env);
    if (!caller.grant().allows(ApiKeyScope.ADMIN)) {
      return CompletableFuture.completedFuture(null);
    }
    return useCases.apiKeys().apiKey(caller, keyId)
        .<Object>thenApply(found -> found.map(ApiKeyDto::of).orElse(null)).toCompletableFuture();
  }

  private CompletableFuture<List<ApiKeyDto>> apiKeys(DataFetchingEnvironment env) {
    return useCases.apiKeys().apiKeys(caller(env))
        .thenApply(keys -> keys.stream().map(ApiKeyDto::of).toList()).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> create(DataFetchingEnvironment env) {
    List<String> scopes = env.getArgument("scopes");
    Boolean persistedOnly = env.getArgument("persistedQueriesOnly");
    ManageApiKeysUseCase.CreateCommand command = new ManageApiKeysUseCase.CreateCommand(caller(env),
        env.getArgument("name"), scopes.stream().map(scope -> Fetchers.enumValue(scope, ApiKeyScope.class)).toList(),
        Boolean.TRUE.equals(persistedOnly), env.getArgument("rateLimitCapacity"),
        env.getArgument("rateLimitRefillPerSecond"));
    return useCases.apiKeys().createApiKey(command).thenApply(result -> {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("apiKey", result.apiKey().map(ApiKeyDto::of).orElse(null));
      payload.put("secret", result.secret().orElse(null));
      payload.put("userErrors", result.userErrors());
      return payload;
    }).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> revoke(DataFetchingEnvironment env) {
    GlobalIds.Decoded id = GlobalIds.decode(env.getArgument("id"));
    CompletableFuture<RevokeResult> result = GlobalIds.API_KEY.equals(id.type())
        ? useCases.apiKeys().revokeApiKey(new ManageApiKeysUseCase.RevokeCommand(caller(env), id.id()))
            .toCompletableFuture()
        // the id of a customer or purchase names no key: the same answer as an unknown key
        : CompletableFuture.completedFuture(RevokeResult.notFound());
    return result.thenApply(revoked -> {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("apiKey", revoked.apiKey().map(ApiKeyDto::of).orElse(null));
      payload.put("userErrors", revoked.userErrors());
      return payload;
    });
  }

  private static Caller caller(DataFetchingEnvironment env) {
    ApiKeyGrant grant = env.getGraphQlContext().get(RequestKeys.GRANT);
    if (grant == null) {
      throw new IllegalStateException("No API key grant in the GraphQL context");
    }
    return new Caller(Fetchers.tenant(env), grant);
  }
}

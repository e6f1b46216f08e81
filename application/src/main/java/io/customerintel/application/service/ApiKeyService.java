package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.Caller;
import io.customerintel.application.port.in.ManageApiKeysUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.ApiKeyRepository;
import io.customerintel.application.port.out.KeyRevocation;
import io.customerintel.application.port.out.NewApiKey;
import io.customerintel.domain.tenant.ApiKey;
import io.customerintel.domain.tenant.ApiKeyRules;
import io.customerintel.domain.tenant.ApiKeyScope;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.ProblemCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Creates, lists and revokes a tenant's API keys for callers whose key has ADMIN. */
public final class ApiKeyService implements ManageApiKeysUseCase {
  private final ApiKeyRepository keys;

  public ApiKeyService(ApiKeyRepository keys) {
    this.keys = keys;
  }

  @Override
  public CompletionStage<CreateResult> createApiKey(CreateCommand command) {
    return asAdmin(command.caller(), () -> {
      List<FieldProblem> problems = new ArrayList<>();
      ApiKeyRules.name("name", command.name(), problems);
      Set<ApiKeyScope> scopes = ApiKeyRules.scopes("scopes", command.scopes(), problems);
      ApiKeyRules.rate("rateLimitCapacity", command.bucketCapacity(), problems);
      ApiKeyRules.rate("rateLimitRefillPerSecond", command.bucketRefillPerSecond(), problems);
      if (!problems.isEmpty()) {
        return CompletableFuture.completedFuture(
            new CreateResult(Optional.empty(), Optional.empty(), userErrors(problems)));
      }
      String secret = ApiKeys.generate();
      NewApiKey key = new NewApiKey(command.name(), scopes, command.persistedQueriesOnly(), ApiKeys.hash(secret),
          command.bucketCapacity(), command.bucketRefillPerSecond());
      return keys.create(command.caller().tenant().tenantId(), key)
          .thenApply(created -> new CreateResult(Optional.of(created), Optional.of(secret), List.of()));
    });
  }

  @Override
  public CompletionStage<RevokeResult> revokeApiKey(RevokeCommand command) {
    return asAdmin(command.caller(), () -> keys.revoke(command.caller().tenant().tenantId(), command.keyId())
        .thenApply(ApiKeyService::revokeResult));
  }

  @Override
  public CompletionStage<List<ApiKey>> apiKeys(Caller caller) {
    return asAdmin(caller, () -> keys.list(caller.tenant().tenantId()));
  }

  @Override
  public CompletionStage<Optional<ApiKey>> apiKey(Caller caller, long keyId) {
    return asAdmin(caller, () -> keys.find(caller.tenant().tenantId(), keyId));
  }

  private static RevokeResult revokeResult(KeyRevocation revocation) {
    return switch (revocation.outcome()) {
      case REVOKED, ALREADY_REVOKED -> new RevokeResult(revocation.key(), List.of());
      case NOT_FOUND -> RevokeResult.notFound();
      case LAST_ADMIN_KEY -> new RevokeResult(Optional.empty(), List.of(new UserError(null, List.of("id"),
          "this is the tenant's last unrevoked ADMIN key; create another ADMIN key before revoking it",
          ProblemCodes.LAST_ADMIN_KEY)));
    };
  }

  // Checked here as well as at the transport: key management must stay closed even if a new entry point forgets.
  private static <T> CompletionStage<T> asAdmin(Caller caller, Supplier<CompletionStage<T>> work) {
    if (!caller.grant().allows(ApiKeyScope.ADMIN)) {
      return CompletableFuture.failedFuture(new UseCaseException(ErrorCodes.FORBIDDEN,
          "managing API keys needs a key with the ADMIN scope"));
    }
    return work.get();
  }

  private static List<UserError> userErrors(List<FieldProblem> problems) {
    return problems.stream().map(problem -> UserError.of(null, problem)).toList();
  }
}

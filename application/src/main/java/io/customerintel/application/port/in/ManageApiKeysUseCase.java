package io.customerintel.application.port.in;

import io.customerintel.domain.tenant.ApiKey;
import io.customerintel.domain.tenant.ApiKeyScope;
import io.customerintel.domain.validation.ProblemCodes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A tenant's administrators create, list and revoke its API keys. Every call needs a caller whose key has ADMIN
 * (FORBIDDEN otherwise); secrets are shown once, when created, and stored only as a hash.
 */
public interface ManageApiKeysUseCase {

  CompletionStage<CreateResult> createApiKey(CreateCommand command);

  /**
   * Revokes a key of the caller's tenant; a revoked key is refused from the next request on. Revoking a revoked key
   * returns it unchanged. An id the tenant has no key with is a NOT_FOUND user error, and the tenant's last
   * unrevoked ADMIN key is not revoked (LAST_ADMIN_KEY).
   */
  CompletionStage<RevokeResult> revokeApiKey(RevokeCommand command);

  /** Every key of the caller's tenant, revoked ones included, oldest first. */
  CompletionStage<List<ApiKey>> apiKeys(Caller caller);

  /** One key of the caller's tenant; empty for an id of another tenant's key. */
  CompletionStage<Optional<ApiKey>> apiKey(Caller caller, long keyId);

  /** A key to create for the caller's tenant; name and scopes are validated by the use case. */
  /** @param bucketCapacity, bucketRefillPerSecond the key's own rate limit; null keeps the server's default */
  record CreateCommand(Caller caller, String name, List<ApiKeyScope> scopes, boolean persistedQueriesOnly,
                       Integer bucketCapacity, Integer bucketRefillPerSecond) {
    public CreateCommand {
      Objects.requireNonNull(caller, "caller");
    }

    public CreateCommand(Caller caller, String name, List<ApiKeyScope> scopes, boolean persistedQueriesOnly) {
      this(caller, name, scopes, persistedQueriesOnly, null, null);
    }
  }

  /** The new key and its secret (present together), or the user errors that prevented it. */
  record CreateResult(Optional<ApiKey> apiKey, Optional<String> secret, List<UserError> userErrors) {
    public CreateResult {
      userErrors = List.copyOf(userErrors);
    }
  }

  /** The key (by internal id) to revoke among the caller's tenant's keys. */
  record RevokeCommand(Caller caller, long keyId) {
    public RevokeCommand {
      Objects.requireNonNull(caller, "caller");
    }
  }

  /** The key as revoked, or the user errors that kept it unrevoked. */
  record RevokeResult(Optional<ApiKey> apiKey, List<UserError> userErrors) {
    public RevokeResult {
      userErrors = List.copyOf(userErrors);
    }

    /** The answer for an id the tenant has no key with: the same whether another tenant has one or nobody does. */
    public static RevokeResult notFound() {
      return new RevokeResult(Optional.empty(), List.of(new UserError(null, List.of("id"), "no API key with this id",
          ProblemCodes.NOT_FOUND)));
    }
  }
}

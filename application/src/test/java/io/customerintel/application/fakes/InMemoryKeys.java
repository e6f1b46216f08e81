package io.customerintel.application.fakes;

import io.customerintel.application.IdempotencyConflictException;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Idempotency keys in memory, per tenant and mutation: a retry answers the first result, another payload fails. */
public final class InMemoryKeys {
  private final Map<List<Object>, Answered> answered = new HashMap<>();

  @SuppressWarnings("unchecked")
  public synchronized <T> CompletionStage<T> once(TenantId tenantId, Optional<IdempotentRequest> request,
                                                  Supplier<CompletionStage<T>> write) {
    if (request.isEmpty()) {
      return write.get();
    }
    IdempotentRequest req = request.get();
    List<Object> key = List.of(tenantId, req.mutation(), req.key());
    Answered seen = answered.get(key);
    if (seen != null) {
      return seen.fingerprint().equals(req.fingerprint()) ? CompletableFuture.completedFuture((T) seen.result())
          : CompletableFuture.failedFuture(new IdempotencyConflictException(req));
    }
    return write.get().thenApply(result -> {
      answered.put(key, new Answered(req.fingerprint(), result));
      return result;
    });
  }

  private record Answered(String fingerprint, Object result) {}
}

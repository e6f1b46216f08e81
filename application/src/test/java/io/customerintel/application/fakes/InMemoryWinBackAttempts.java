package io.customerintel.application.fakes;

import io.customerintel.application.port.out.NewWinBackAttempt;
import io.customerintel.application.port.out.WinBackAttemptStore;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.winback.WinBackAttempt;
import io.customerintel.domain.winback.WinBackChannel;
import io.customerintel.domain.winback.WinBackStats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Win-back attempts in a list, keyed like the real store; statistics are only tested against PostgreSQL. */
public final class InMemoryWinBackAttempts implements WinBackAttemptStore {
  private record Stored(TenantId tenantId, WinBackAttempt attempt) {}

  private final List<Stored> stored = new ArrayList<>();

  public synchronized List<WinBackAttempt> all() {
    return stored.stream().map(Stored::attempt).toList();
  }

  @Override
  public synchronized CompletionStage<WinBackAttempt> record(TenantId tenantId, NewWinBackAttempt attempt) {
    Optional<WinBackAttempt> existing = find(tenantId, attempt.customerId(), attempt.attemptedAt(), attempt.channel());
    if (existing.isPresent()) {
      return CompletableFuture.completedFuture(existing.get());
    }
    WinBackAttempt created = new WinBackAttempt(stored.size() + 1L, attempt.customerId(), attempt.kind(),
        attempt.channel(), attempt.outcome(), attempt.notes(), attempt.attemptedAt());
    stored.add(new Stored(tenantId, created));
    return CompletableFuture.completedFuture(created);
  }

  @Override
  public synchronized CompletionStage<Optional<WinBackAttempt>> existing(TenantId tenantId, CustomerId customerId,
                                                                         Instant attemptedAt, WinBackChannel channel) {
    return CompletableFuture.completedFuture(find(tenantId, customerId, attemptedAt, channel));
  }

  @Override
  public synchronized CompletionStage<Map<CustomerId, WinBackAttempt>> latest(TenantId tenantId,
                                                                              Collection<CustomerId> customerIds) {
    Map<CustomerId, WinBackAttempt> latest = new HashMap<>();
    stored.stream().filter(s -> s.tenantId().equals(tenantId) && customerIds.contains(s.attempt().customerId()))
        .map(Stored::attempt)
        .sorted(Comparator.comparing(WinBackAttempt::attemptedAt).thenComparingLong(WinBackAttempt::id))
        .forEach(a -> latest.put(a.customerId(), a));
    return CompletableFuture.completedFuture(latest);
  }

  @Override
  public CompletionStage<WinBackStats> stats(TenantId tenantId, LocalDate from, LocalDate to, int windowDays) {
    throw new UnsupportedOperationException("win-back statistics are tested against PostgreSQL (WinBackEndToEndTest)");
  }

  private Optional<WinBackAttempt> find(TenantId tenantId, CustomerId customerId, Instant at, WinBackChannel channel) {
    return stored.stream().filter(s -> s.tenantId().equals(tenantId)).map(Stored::attempt)
        .filter(a -> a.customerId().equals(customerId) && a.attemptedAt().equals(at) && a.channel() == channel)
        .findFirst();
  }
}

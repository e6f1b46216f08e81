package io.customerintel.application.service;

import io.customerintel.application.port.in.PurgeIdempotencyKeysUseCase;
import io.customerintel.application.port.out.IdempotencyKeyRetention;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Keeps idempotency keys for {@link #RETENTION}: far longer than any client retries a write (seconds to hours), short
 * enough that the table does not grow with every keyed write ever made. A write retried after that is judged by its
 * natural key alone (docs/idempotency.md).
 */
public final class IdempotencyKeyPurge implements PurgeIdempotencyKeysUseCase {
  public static final Duration RETENTION = Duration.ofDays(30);

  private final IdempotencyKeyRetention keys;
  private final Clock clock;

  public IdempotencyKeyPurge(IdempotencyKeyRetention keys, Clock clock) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public CompletionStage<Long> forgetExpired() {
    return keys.forgetStoredBefore(clock.instant().minus(RETENTION));
  }
}

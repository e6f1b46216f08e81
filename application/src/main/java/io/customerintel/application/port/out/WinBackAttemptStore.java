package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.winback.WinBackAttempt;
import io.customerintel.domain.winback.WinBackChannel;
import io.customerintel.domain.winback.WinBackStats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Win-back attempts, stored once per customer, time and channel, and what came of them. */
public interface WinBackAttemptStore {

  /** Stores the attempt, or returns the one already stored for its customer, time and channel. */
  CompletionStage<WinBackAttempt> record(TenantId tenantId, NewWinBackAttempt attempt);

  CompletionStage<Optional<WinBackAttempt>> existing(TenantId tenantId, CustomerId customerId, Instant attemptedAt,
                                                     WinBackChannel channel);

  /** Each given customer's latest attempt (latest time, then latest id); customers without one are absent. */
  CompletionStage<Map<CustomerId, WinBackAttempt>> latest(TenantId tenantId, Collection<CustomerId> customerIds);

  /**
   * Attempts whose day lies in from..to (both included); a customer is won back when they have a purchase day from an
   * attempt's day up to windowDays after it, counted once per customer (in the total and in each group).
   */
  CompletionStage<WinBackStats> stats(TenantId tenantId, LocalDate from, LocalDate to, int windowDays);
}

package io.customerintel.application.port.out;

import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.savedesk.CancellationRequest;
import io.customerintel.domain.savedesk.CancellationRequestId;
import io.customerintel.domain.savedesk.RequestTally;
import io.customerintel.domain.savedesk.SaveAttempt;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Stores the save desk's cancellation requests and the attempt that closes each one. */
public interface CancellationRequests {

  /**
   * Stores the request with its day in the zone; the same customer, time and reason again returns the stored request
   * (a safe retry).
   */
  default CompletionStage<CancellationRequest> open(TenantId tenantId, NewCancellationRequest request, ZoneId zone) {
    return open(tenantId, request, zone, Optional.empty());
  }

  /**
   * As open, once per idempotency key: the key is stored in the same transaction, a retry answers the request first
   * answered, and the key with another payload fails with IdempotencyConflictException.
   */
  CompletionStage<CancellationRequest> open(TenantId tenantId, NewCancellationRequest request, ZoneId zone,
                                            Optional<IdempotentRequest> key);

  CompletionStage<Map<CancellationRequestId, CancellationRequest>> byIds(TenantId tenantId,
                                                                       Collection<CancellationRequestId> ids);

  /**
   * Closes the request with the attempt if it is still open; returns the request as stored afterwards, so a caller
   * whose attempt lost a race sees the attempt that closed it.
   */
  CompletionStage<CancellationRequest> close(TenantId tenantId, CancellationRequestId id, SaveAttempt attempt);

  /**
   * Closes the request with a LOST attempt and stores the customer's defection with it in one transaction, both or
   * neither; a request closed already is answered as stored, as by close.
   */
  CompletionStage<CancellationRequest> closeLost(TenantId tenantId, CancellationRequestId id, SaveAttempt attempt,
                                                 NewDefection defection, CustomerRules rules, Instant now);

  /** The requests made on the period's days, counted by day, reason and status. */
  CompletionStage<List<RequestTally>> tallies(TenantId tenantId, Period period);
}

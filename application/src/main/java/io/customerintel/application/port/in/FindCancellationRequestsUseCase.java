package io.customerintel.application.port.in;

import io.customerintel.domain.savedesk.CancellationRequest;
import io.customerintel.domain.savedesk.CancellationRequestId;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Loads the tenant's cancellation requests by id; another tenant's are never found. */
public interface FindCancellationRequestsUseCase {
  CompletionStage<Map<CancellationRequestId, CancellationRequest>> cancellationRequestsByIds(
      AuthenticatedTenant tenant, Collection<CancellationRequestId> ids);
}

package io.customerintel.application.port.in;

import io.customerintel.domain.savedesk.CancellationRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Takes a customer's wish to cancel to the save desk, with the tenant's reason for it. */
public interface RequestCancellationUseCase {

  CompletionStage<Result> requestCancellation(Command command);

  /** idempotencyKey is optional: the same key again answers the first request, or IDEMPOTENCY_CONFLICT. */
  record Command(AuthenticatedTenant tenant, String customerExternalId, String reasonCode, Instant requestedAt,
                 String idempotencyKey) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
    }

    /** A command sent without an idempotency key. */
    public Command(AuthenticatedTenant tenant, String customerExternalId, String reasonCode, Instant requestedAt) {
      this(tenant, customerExternalId, reasonCode, requestedAt, null);
    }
  }

  record Result(Optional<CancellationRequest> request, List<UserError> userErrors) {}
}

package io.customerintel.application.port.in;

import io.customerintel.domain.followup.FollowUp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Records that someone got back to a customer, which answers their open contact requests. */
public interface RecordFollowUpUseCase {

  CompletionStage<Result> recordFollowUp(Command command);

  /**
   * {@code by} names who followed up (a person or team); notes are free text. idempotencyKey is optional: the same
   * key again answers the first follow-up, or IDEMPOTENCY_CONFLICT.
   */
  record Command(AuthenticatedTenant tenant, String customerExternalId, Instant at, String by, String notes,
                 String idempotencyKey) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
    }

    /** A command sent without an idempotency key. */
    public Command(AuthenticatedTenant tenant, String customerExternalId, Instant at, String by, String notes) {
      this(tenant, customerExternalId, at, by, notes, null);
    }
  }

  record Result(Optional<FollowUp> followUp, List<UserError> userErrors) {}
}

package io.customerintel.application.port.in;

import io.customerintel.domain.defection.Defection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Records that a customer left, why, and what they were worth. */
public interface RecordDefectionUseCase {

  CompletionStage<Result> recordDefection(Command command);

  /** idempotencyKey is optional: the same key again answers the first defection, or IDEMPOTENCY_CONFLICT. */
  record Command(AuthenticatedTenant tenant, String customerExternalId, Instant occurredAt, String reasonCode,
                 String detail, String competitor, BigDecimal lostAnnualValue, String idempotencyKey) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
    }

    /** A command sent without an idempotency key. */
    public Command(AuthenticatedTenant tenant, String customerExternalId, Instant occurredAt, String reasonCode,
                   String detail, String competitor, BigDecimal lostAnnualValue) {
      this(tenant, customerExternalId, occurredAt, reasonCode, detail, competitor, lostAnnualValue, null);
    }
  }

  record Result(Optional<Defection> defection, List<UserError> userErrors) {}
}

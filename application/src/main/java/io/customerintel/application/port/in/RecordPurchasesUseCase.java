package io.customerintel.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import io.customerintel.application.Batches;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Records purchases idempotently (by external id) and keeps each buyer's facts current. */
public interface RecordPurchasesUseCase {

  CompletionStage<Result> recordPurchases(Command command);

  /** A batch of at most {@link Batches#MAX_ITEMS} purchases for one tenant. */
  record Command(AuthenticatedTenant tenant, List<Item> items) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
      items = Batches.checked(items);
    }
  }

  /** One purchase as sent; quantity defaults to 1. */
  record Item(String customerExternalId, String externalId, Instant occurredAt, BigDecimal amount, Integer quantity) {}

  record Result(int recorded, int duplicates, List<UserError> userErrors) {}
}

package io.customerintel.application.port.in;

import java.time.Instant;
import io.customerintel.application.Batches;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Creates customers or updates them by external id, in batches. */
public interface UpsertCustomersUseCase {

  CompletionStage<Result> upsertCustomers(Command command);

  /**
   * A batch of at most {@link Batches#MAX_ITEMS} customers for one tenant. idempotencyKey is optional: the same key
   * again writes nothing (a late retry cannot undo a later change) and answers the count first written, or
   * IDEMPOTENCY_CONFLICT with another batch.
   */
  record Command(AuthenticatedTenant tenant, List<Item> items, String idempotencyKey) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
      items = Batches.checked(items);
    }

    /** A batch sent without an idempotency key. */
    public Command(AuthenticatedTenant tenant, List<Item> items) {
      this(tenant, items, null);
    }
  }

  /** One customer as sent; null fields keep what is stored, attribute keys set to null are removed. */
  record Item(String externalId, String name, Map<String, Object> attributes, Instant firstSeenAt) {}

  record Result(int upserted, List<UserError> userErrors) {}
}

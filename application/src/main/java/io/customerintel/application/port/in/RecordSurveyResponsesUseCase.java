package io.customerintel.application.port.in;

import java.time.Instant;
import io.customerintel.application.Batches;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Records survey invitations and responses; one per customer and survey, later answers complete it. */
public interface RecordSurveyResponsesUseCase {

  CompletionStage<Result> recordSurveyResponses(Command command);

  /**
   * A batch of at most {@link Batches#MAX_ITEMS} responses for one tenant. idempotencyKey is optional: the same key
   * again writes nothing (a late retry cannot undo a later answer) and answers the count first written, or
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

  record Item(String customerExternalId, String surveyId, Instant sentAt, Instant respondedAt, Boolean satisfied,
              Boolean wouldPurchaseAgain, Integer likelihoodToRecommend, Boolean wantsContact, String comment) {}

  record Result(int recorded, List<UserError> userErrors) {}
}

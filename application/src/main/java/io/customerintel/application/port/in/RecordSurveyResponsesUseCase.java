package io.customerintel.application.port.in;

import java.time.Instant;
import io.customerintel.application.Batches;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Records survey invitations and responses; one per customer and survey, later answers complete it. */
public interface RecordSurveyResponsesUseCase {

  CompletionStage<Result> recordSurveyResponses(Command command);

  /** A batch of at most {@link Batches#MAX_ITEMS} responses for one tenant. */
  record Command(AuthenticatedTenant tenant, List<Item> items) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
      items = Batches.checked(items);
    }
  }

  record Item(String customerExternalId, String surveyId, Instant sentAt, Instant respondedAt, Boolean satisfied,
              Boolean wouldPurchaseAgain, Integer likelihoodToRecommend, Boolean wantsContact, String comment) {}

  record Result(int recorded, List<UserError> userErrors) {}
}

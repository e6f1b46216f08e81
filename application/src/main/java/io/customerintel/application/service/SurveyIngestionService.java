package io.customerintel.application.service;

import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewSurveyResponse;
import io.customerintel.application.port.out.SurveyResponseRepository;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.InputRules;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Validates survey batches, resolves their customers and stores the valid ones. */
public final class SurveyIngestionService implements RecordSurveyResponsesUseCase {
  private final CustomerRepository customers;
  private final SurveyResponseRepository responses;
  private final Clock clock;
  private final TenantDataChanges changes;

  public SurveyIngestionService(CustomerRepository customers, SurveyResponseRepository responses, Clock clock,
                                TenantDataChanges changes) {
    this.customers = customers;
    this.responses = responses;
    this.clock = clock;
    this.changes = changes;
  }

  @Override
  public CompletionStage<Result> recordSurveyResponses(Command command) {
    Optional<IdempotentRequest> request;
    try {
      request = IdempotentWrites.request(command.idempotencyKey(), "recordSurveyResponses", command.items());
    } catch (IdempotentWrites.InvalidKey invalid) {
      return CompletableFuture.completedFuture(new Result(0, List.of(invalid.userError())));
    }
    Instant now = clock.instant();
    Set<List<String>> seen = new HashSet<>();
    BatchValidation<Item, Item> batch = BatchValidation.of(command.items(), (item, problems) -> {
      InputRules.key("customerExternalId", item.customerExternalId(), problems);
      InputRules.key("surveyId", item.surveyId(), problems);
      InputRules.notInFuture("sentAt", item.sentAt(), now, problems);
      if (item.respondedAt() != null) {
        InputRules.notInFuture("respondedAt", item.respondedAt(), now, problems);
        if (item.sentAt() != null && item.respondedAt().isBefore(item.sentAt())) {
          problems.add(FieldProblem.of("respondedAt", ProblemCodes.INVALID_RANGE, "respondedAt must not be before sentAt"));
        }
      }
      Integer score = item.likelihoodToRecommend();
      if (score != null && (score < SurveyResponse.MIN_SCORE || score > SurveyResponse.MAX_SCORE)) {
        problems.add(FieldProblem.of("likelihoodToRecommend", ProblemCodes.OUT_OF_RANGE,
            "likelihoodToRecommend must be 0 to 10"));
      }
      InputRules.text("comment", item.comment(), InputRules.MAX_TEXT_LENGTH, problems);
      if (problems.isEmpty() && !seen.add(List.of(item.customerExternalId(), item.surveyId()))) {
        problems.add(FieldProblem.of("surveyId", ProblemCodes.DUPLICATE_IN_BATCH,
            "this customer's response to this survey appears earlier in this batch"));
      }
      return item;
    });
    if (batch.valid().isEmpty()) {
      return CompletableFuture.completedFuture(new Result(0, batch.errors()));
    }
    List<String> externalIds = batch.valid().stream().map(Item::customerExternalId).distinct().toList();
    return customers.idsByExternalIds(command.tenant().tenantId(), externalIds).thenCompose(ids -> {
      List<NewSurveyResponse> valid = new ArrayList<>();
      for (int i = 0; i < batch.valid().size(); i++) {
        Item item = batch.valid().get(i);
        CustomerId customer = ids.get(item.customerExternalId());
        if (customer == null) {
          batch.reject(i, FieldProblem.of("customerExternalId", ProblemCodes.UNKNOWN_CUSTOMER,
              "no customer with externalId '" + item.customerExternalId() + "'"));
          continue;
        }
        valid.add(new NewSurveyResponse(customer, item.surveyId(), item.sentAt(), item.respondedAt(), item.satisfied(),
            item.wouldPurchaseAgain(), item.likelihoodToRecommend(), item.wantsContact(), item.comment()));
      }
      List<UserError> errors = PurchaseIngestionService.sortedByIndex(batch.errors());
      CompletionStage<Integer> written = valid.isEmpty()
          ? CompletableFuture.completedFuture(0)
          : responses.upsert(command.tenant().tenantId(), valid, command.tenant().rules(), now, request)
              .whenComplete((count, failure) -> changes.changed(command.tenant().tenantId()));
      return IdempotentWrites.conflictAnswered(written.thenApply(count -> new Result(count, errors)),
          problem -> new Result(0, List.of(UserError.of(null, problem))));
    });
  }
}

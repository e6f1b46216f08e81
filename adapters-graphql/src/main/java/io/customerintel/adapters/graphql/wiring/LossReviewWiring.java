package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.ConnectionDto;
import io.customerintel.adapters.graphql.dto.LossReviewCallDto;
import io.customerintel.adapters.graphql.dto.LossReviewDto;
import io.customerintel.application.port.in.AssignLossReviewCallsUseCase;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.application.port.in.RecordCallOutcomeUseCase;
import io.customerintel.application.port.in.StartLossReviewUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.in.ViewLossReviewUseCase;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.lossreview.CallAssignment;
import io.customerintel.domain.lossreview.LossReviewCallId;
import io.customerintel.domain.validation.ProblemCodes;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The customer-loss review's root fields and the keys its types resolve through loaders (docs/loss-review.md). */
public final class LossReviewWiring {
  private final UseCases useCases;

  public LossReviewWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("startLossReview", this::startLossReview)
        .dataFetcher("assignLossReviewCalls", this::assignLossReviewCalls)
        .dataFetcher("recordCallOutcome", this::recordCallOutcome));
    wiring.type("Query", type -> type
        .dataFetcher("lossReview", this::lossReview)
        .dataFetcher("lossReviews", this::lossReviews));
    wiring.type("LossReviewReason", type -> type.dataFetcher("reason", env -> {
      LossReviewDto.ReasonDto reason = env.getSource();
      return Fetchers.<String, Object>loader(env, Loaders.REASONS).load(reason.reasonCode());
    }));
    wiring.type("LossReviewCall", type -> type
        .dataFetcher("customer", env -> {
          LossReviewCallDto call = env.getSource();
          return Fetchers.<CustomerId, Object>loader(env, Loaders.CUSTOMERS).load(call.customerId());
        })
        .dataFetcher("defection", env -> {
          LossReviewCallDto call = env.getSource();
          return Fetchers.<DefectionId, Object>loader(env, Loaders.DEFECTIONS).load(call.defectionId());
        }));
    wiring.type("LossReviewCallOutcome", type -> type.dataFetcher("confirmedReason", env -> {
      LossReviewCallDto.OutcomeDto outcome = env.getSource();
      return outcome.confirmedReasonCode() == null ? null
          : Fetchers.<String, Object>loader(env, Loaders.REASONS).load(outcome.confirmedReasonCode());
    }));
  }

  /** The tenant's call with this id, or null: another tenant's is not found. */
  static CompletableFuture<Object> node(UseCases useCases, DataFetchingEnvironment env, long id) {
    return useCases.lossReview().lossReviewCall(Fetchers.tenant(env), new LossReviewCallId(id))
        .<Object>thenApply(call -> call.map(LossReviewCallDto::of).orElse(null)).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> startLossReview(DataFetchingEnvironment env) {
    AuthenticatedTenant tenant = Fetchers.tenant(env);
    var command = new StartLossReviewUseCase.Command(tenant, env.getArgument("month"));
    return useCases.startLossReview().startLossReview(command).thenApply(result -> payload("lossReview",
        result.review().map(r -> LossReviewDto.of(r, currency(tenant))).orElse(null), result.userErrors()))
        .toCompletableFuture();
  }

  private CompletableFuture<LossReviewDto> lossReview(DataFetchingEnvironment env) {
    AuthenticatedTenant tenant = Fetchers.tenant(env);
    return useCases.lossReview().lossReview(new ViewLossReviewUseCase.Query(tenant, env.getArgument("month")))
        .thenApply(review -> review.map(r -> LossReviewDto.of(r, currency(tenant))).orElse(null))
        .toCompletableFuture();
  }

  private CompletableFuture<ConnectionDto<LossReviewDto>> lossReviews(DataFetchingEnvironment env) {
    AuthenticatedTenant tenant = Fetchers.tenant(env);
    return useCases.lossReview().lossReviews(tenant, PageArgs.of(env.getArgument("first"), env.getArgument("after")))
        .thenApply(connection -> ConnectionDto.of(connection, r -> LossReviewDto.of(r, currency(tenant))))
        .toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> assignLossReviewCalls(DataFetchingEnvironment env) {
    // an explicit null means the default, as leaving the argument out does
    Integer calls = env.getArgument("callsPerExecutive");
    var command = new AssignLossReviewCallsUseCase.Command(Fetchers.tenant(env), env.getArgument("month"),
        env.getArgument("executives"), calls == null ? CallAssignment.DEFAULT_CALLS : calls);
    return useCases.assignLossReviewCalls().assignLossReviewCalls(command).thenApply(result -> payload("calls",
        result.calls().stream().map(LossReviewCallDto::of).toList(), result.userErrors())).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> recordCallOutcome(DataFetchingEnvironment env) {
    GlobalIds.Decoded id = GlobalIds.decode(env.getArgument("callId"));
    if (!GlobalIds.LOSS_REVIEW_CALL.equals(id.type())) {
      return CompletableFuture.completedFuture(payload("call", null, List.of(new UserError(null, List.of("callId"),
          "the id is not a loss-review call's", ProblemCodes.NOT_FOUND))));
    }
    Boolean reached = env.getArgument("reached");
    var command = new RecordCallOutcomeUseCase.Command(Fetchers.tenant(env), new LossReviewCallId(id.id()), reached,
        env.getArgument("confirmedReasonCode"), env.getArgument("wouldConsiderReturning"), env.getArgument("notes"));
    return useCases.recordCallOutcome().recordCallOutcome(command).thenApply(result -> payload("call",
        result.call().map(LossReviewCallDto::of).orElse(null), result.userErrors())).toCompletableFuture();
  }

  private static Map<String, Object> payload(String field, Object value, List<UserError> userErrors) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put(field, value);
    payload.put("userErrors", userErrors);
    return payload;
  }

  private static Currency currency(AuthenticatedTenant tenant) {
    return Currency.getInstance(tenant.currency());
  }
}

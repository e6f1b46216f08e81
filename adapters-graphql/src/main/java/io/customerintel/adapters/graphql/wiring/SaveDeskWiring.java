package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.CancellationRequestDto;
import io.customerintel.adapters.graphql.dto.SaveDeskStatsDto;
import io.customerintel.application.port.in.DateRange;
import io.customerintel.application.port.in.RecordSaveAttemptUseCase;
import io.customerintel.application.port.in.RequestCancellationUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.in.ViewSaveDeskStatsUseCase;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.savedesk.CancellationRequestId;
import io.customerintel.domain.savedesk.SaveOutcome;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The save desk's root fields and CancellationRequest's customer and reason (docs/save-desk.md). */
public final class SaveDeskWiring {
  private final UseCases useCases;

  public SaveDeskWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("requestCancellation", this::requestCancellation)
        .dataFetcher("recordSaveAttempt", this::recordSaveAttempt));
    wiring.type("Query", type -> type.dataFetcher("saveDeskStats", this::saveDeskStats));
    wiring.type("CancellationRequest", type -> type
        .dataFetcher("customer", env -> {
          CancellationRequestDto request = env.getSource();
          return Fetchers.<CustomerId, Object>loader(env, Loaders.CUSTOMERS).load(request.customerId());
        })
        .dataFetcher("reason", env -> {
          CancellationRequestDto request = env.getSource();
          return Fetchers.<String, Object>loader(env, Loaders.REASONS).load(request.reasonCode());
        }));
    wiring.type("SaveDeskReasonStats", type -> type.dataFetcher("reason", env -> {
      SaveDeskStatsDto.ReasonDto reason = env.getSource();
      return Fetchers.<String, Object>loader(env, Loaders.REASONS).load(reason.reasonCode());
    }));
  }

  /** The tenant's request with this id, or null: another tenant's is not found. */
  static CompletableFuture<Object> node(UseCases useCases, DataFetchingEnvironment env, long id) {
    CancellationRequestId key = new CancellationRequestId(id);
    return useCases.cancellationRequests().cancellationRequestsByIds(Fetchers.tenant(env), List.of(key))
        .<Object>thenApply(found -> found.containsKey(key) ? CancellationRequestDto.of(found.get(key)) : null)
        .toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> requestCancellation(DataFetchingEnvironment env) {
    OffsetDateTime requestedAt = env.getArgument("requestedAt");
    var command = new RequestCancellationUseCase.Command(Fetchers.tenant(env), env.getArgument("customerExternalId"),
        env.getArgument("reasonCode"), requestedAt.toInstant(), env.getArgument("idempotencyKey"));
    return payload(useCases.requestCancellation().requestCancellation(command).toCompletableFuture());
  }

  private CompletableFuture<Map<String, Object>> recordSaveAttempt(DataFetchingEnvironment env) {
    GlobalIds.Decoded id = GlobalIds.decode(env.getArgument("requestId"));
    if (!GlobalIds.CANCELLATION_REQUEST.equals(id.type())) {
      return CompletableFuture.completedFuture(payload(new RequestCancellationUseCase.Result(Optional.empty(),
          List.of(new UserError(null, List.of("requestId"), "the id is not a cancellation request's",
              ProblemCodes.NOT_FOUND)))));
    }
    var command = new RecordSaveAttemptUseCase.Command(Fetchers.tenant(env), new CancellationRequestId(id.id()),
        Fetchers.enumValue(env.getArgument("outcome"), SaveOutcome.class), env.getArgument("offer"),
        env.getArgument("notes"));
    return payload(useCases.recordSaveAttempt().recordSaveAttempt(command).toCompletableFuture());
  }

  private CompletableFuture<SaveDeskStatsDto> saveDeskStats(DataFetchingEnvironment env) {
    DateRange range = new DateRange(env.getArgument("from"), env.getArgument("to"));
    Interval interval = Fetchers.enumValue(env.getArgument("interval"), Interval.class);
    var query = new ViewSaveDeskStatsUseCase.Query(Fetchers.tenant(env), range, interval);
    return useCases.saveDeskStats().saveDeskStats(query)
        .thenApply(stats -> SaveDeskStatsDto.of(range.from(), range.to(), stats)).toCompletableFuture();
  }

  private static CompletableFuture<Map<String, Object>> payload(
      CompletableFuture<RequestCancellationUseCase.Result> result) {
    return result.thenApply(SaveDeskWiring::payload);
  }

  private static Map<String, Object> payload(RequestCancellationUseCase.Result result) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("cancellationRequest", result.request().map(CancellationRequestDto::of).orElse(null));
    payload.put("userErrors", result.userErrors());
    return payload;
  }
}

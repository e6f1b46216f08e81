package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.WinBackAttemptDto;
import io.customerintel.adapters.graphql.dto.WinBackCandidateConnectionDto;
import io.customerintel.adapters.graphql.dto.WinBackCandidateDto;
import io.customerintel.adapters.graphql.dto.WinBackStatsDto;
import io.customerintel.application.port.in.DateRange;
import io.customerintel.application.port.in.FindWinBackCandidatesUseCase;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.application.port.in.WinBackAttemptsUseCase;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.winback.WinBackChannel;
import io.customerintel.domain.winback.WinBackKind;
import io.customerintel.domain.winback.WinBackOutcome;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The win-back lists, attempts, reviews and statistics. */
public final class WinBackWiring {
  private final UseCases useCases;

  public WinBackWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type
        .dataFetcher("winBackCandidates", this::candidates)
        .dataFetcher("winBackStats", this::stats));
    wiring.type("Mutation", type -> type
        .dataFetcher("recordWinBackAttempt", this::recordAttempt)
        .dataFetcher("markWinBackListReviewed", this::markReviewed)
        .dataFetcher("configureWinBack", this::configure));
    wiring.type("WinBackCandidate", type -> type.dataFetcher("customer",
        env -> customer(env, env.<WinBackCandidateDto>getSource().customerId())));
    wiring.type("WinBackAttempt", type -> type.dataFetcher("customer",
        env -> customer(env, env.<WinBackAttemptDto>getSource().customerId())));
  }

  private CompletableFuture<WinBackCandidateConnectionDto> candidates(DataFetchingEnvironment env) {
    WinBackKind kind = Fetchers.enumValue(env.getArgument("kind"), WinBackKind.class);
    FindWinBackCandidatesUseCase.Query query = new FindWinBackCandidatesUseCase.Query(Fetchers.tenant(env), kind,
        PageArgs.of(env.getArgument("first"), env.getArgument("after")));
    return useCases.winBackCandidates().candidates(query)
        .thenCombine(useCases.winBackReviews().status(query.tenant(), kind), WinBackCandidateConnectionDto::of)
        .toCompletableFuture();
  }

  private CompletableFuture<WinBackStatsDto> stats(DataFetchingEnvironment env) {
    DateRange range = new DateRange(env.getArgument("from"), env.getArgument("to"));
    return useCases.winBackAttempts().stats(Fetchers.tenant(env), range)
        .thenApply(stats -> WinBackStatsDto.of(range.from(), range.to(), stats)).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> recordAttempt(DataFetchingEnvironment env) {
    Map<String, Object> input = env.getArgument("input");
    OffsetDateTime at = (OffsetDateTime) input.get("attemptedAt");
    WinBackAttemptsUseCase.Command command = new WinBackAttemptsUseCase.Command(Fetchers.tenant(env),
        (String) input.get("customerExternalId"), Fetchers.enumValue(input.get("channel"), WinBackChannel.class),
        Fetchers.enumValue(input.get("outcome"), WinBackOutcome.class), (String) input.get("notes"),
        at == null ? null : at.toInstant());
    return useCases.winBackAttempts().record(command).thenApply(result -> {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("attempt", result.attempt().map(WinBackAttemptDto::of).orElse(null));
      payload.put("userErrors", result.userErrors());
      return payload;
    }).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> markReviewed(DataFetchingEnvironment env) {
    WinBackKind kind = Fetchers.enumValue(env.getArgument("kind"), WinBackKind.class);
    return useCases.winBackReviews().markReviewed(Fetchers.tenant(env), kind).thenApply(status -> {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("kind", status.kind().name());
      payload.put("lastReviewedAt", status.lastReviewedAt().map(at -> at.atOffset(java.time.ZoneOffset.UTC))
          .orElse(null));
      payload.put("nextReviewDue", status.nextReviewDue());
      payload.put("userErrors", List.of());
      return payload;
    }).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> configure(DataFetchingEnvironment env) {
    int months = env.getArgument("reviewCadenceMonths");
    return useCases.winBackReviews().configure(Fetchers.tenant(env), months).thenApply(result -> {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("reviewCadenceMonths", result.cadence().map(c -> c.months()).orElse(null));
      payload.put("userErrors", result.userErrors());
      return payload;
    }).toCompletableFuture();
  }

  private static CompletableFuture<Object> customer(DataFetchingEnvironment env, CustomerId id) {
    return Fetchers.<CustomerId, Object>loader(env, Loaders.CUSTOMERS).load(id);
  }
}

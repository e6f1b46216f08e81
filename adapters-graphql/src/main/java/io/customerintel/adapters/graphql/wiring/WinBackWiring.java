package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.ConnectionDto;
import io.customerintel.adapters.graphql.dto.WinBackCandidateDto;
import io.customerintel.application.port.in.FindWinBackCandidatesUseCase;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.domain.winback.WinBackKind;
import java.util.concurrent.CompletableFuture;

/** Query.winBackCandidates and the WinBackCandidate type. */
public final class WinBackWiring {
  private final UseCases useCases;

  public WinBackWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type.dataFetcher("winBackCandidates", this::candidates));
    wiring.type("WinBackCandidate", type -> type.dataFetcher("customer", WinBackWiring::customer));
  }

  private CompletableFuture<ConnectionDto<WinBackCandidateDto>> candidates(DataFetchingEnvironment env) {
    FindWinBackCandidatesUseCase.Query query = new FindWinBackCandidatesUseCase.Query(Fetchers.tenant(env),
        Fetchers.enumValue(env.getArgument("kind"), WinBackKind.class),
        PageArgs.of(env.getArgument("first"), env.getArgument("after")));
    return useCases.winBackCandidates().candidates(query)
        .thenApply(connection -> ConnectionDto.of(connection, WinBackCandidateDto::of)).toCompletableFuture();
  }

  private static CompletableFuture<Object> customer(DataFetchingEnvironment env) {
    WinBackCandidateDto candidate = env.getSource();
    return Fetchers.<io.customerintel.domain.customer.CustomerId, Object>loader(env, Loaders.CUSTOMERS)
        .load(candidate.customerId());
  }
}

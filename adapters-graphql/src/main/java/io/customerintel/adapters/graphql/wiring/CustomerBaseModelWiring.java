package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.CustomerBaseModelDto;
import io.customerintel.application.port.in.CustomerBaseModelsUseCase;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.prediction.ModelKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Query.customerBaseModels and the fit and choice mutations. */
public final class CustomerBaseModelWiring {
  private final UseCases useCases;

  public CustomerBaseModelWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type.dataFetcher("customerBaseModels", this::models));
    wiring.type("Mutation", type -> type
        .dataFetcher("fitCustomerBaseModels", this::fit)
        .dataFetcher("choosePredictionModel", this::choose));
  }

  private CompletableFuture<List<CustomerBaseModelDto>> models(DataFetchingEnvironment env) {
    return useCases.customerBaseModels().current(Fetchers.tenant(env)).thenApply(CustomerBaseModelWiring::dtos)
        .toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> fit(DataFetchingEnvironment env) {
    Map<String, Object> input = env.getArgument("input");
    input = input == null ? Map.of() : input;
    CustomerBaseModelsUseCase.FitCommand command = new CustomerBaseModelsUseCase.FitCommand(Fetchers.tenant(env),
        (LocalDate) input.get("calibrationEnd"), Fetchers.enumValue(input.get("period"), Interval.class),
        (LocalDate) input.get("holdoutEnd"));
    CustomerBaseModelsUseCase models = useCases.customerBaseModels();
    return models.fit(command).thenCompose(result -> models.current(command.tenant()).thenApply(current -> {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("models", result.models().stream()
          .map(m -> CustomerBaseModelDto.of(m, current.predictionModel())).toList());
      payload.put("userErrors", result.userErrors());
      return payload;
    })).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> choose(DataFetchingEnvironment env) {
    ModelKind kind = Fetchers.enumValue(env.getArgument("kind"), ModelKind.class);
    return useCases.customerBaseModels().choosePredictionModel(Fetchers.tenant(env), kind).thenApply(models -> {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("models", dtos(models));
      payload.put("userErrors", List.of());
      return payload;
    }).toCompletableFuture();
  }

  private static List<CustomerBaseModelDto> dtos(CustomerBaseModelsUseCase.Models models) {
    return models.models().stream().map(m -> CustomerBaseModelDto.of(m, models.predictionModel())).toList();
  }
}

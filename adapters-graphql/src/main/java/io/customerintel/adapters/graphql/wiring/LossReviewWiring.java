package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.LossReviewDto;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.StartLossReviewUseCase;
import io.customerintel.application.port.in.ViewLossReviewUseCase;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The customer-loss review's root fields and LossReviewReason's reason (docs/loss-review.md). */
public final class LossReviewWiring {
  private final UseCases useCases;

  public LossReviewWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type.dataFetcher("startLossReview", this::startLossReview));
    wiring.type("Query", type -> type.dataFetcher("lossReview", this::lossReview));
    wiring.type("LossReviewReason", type -> type.dataFetcher("reason", env -> {
      LossReviewDto.ReasonDto reason = env.getSource();
      return Fetchers.<String, Object>loader(env, Loaders.REASONS).load(reason.reasonCode());
    }));
  }

  private CompletableFuture<Map<String, Object>> startLossReview(DataFetchingEnvironment env) {
    AuthenticatedTenant tenant = Fetchers.tenant(env);
    var command = new StartLossReviewUseCase.Command(tenant, env.getArgument("month"));
    return useCases.startLossReview().startLossReview(command).thenApply(result -> {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("lossReview", result.review().map(r -> LossReviewDto.of(r, currency(tenant))).orElse(null));
      payload.put("userErrors", result.userErrors());
      return payload;
    }).toCompletableFuture();
  }

  private CompletableFuture<LossReviewDto> lossReview(DataFetchingEnvironment env) {
    AuthenticatedTenant tenant = Fetchers.tenant(env);
    return useCases.lossReview().lossReview(new ViewLossReviewUseCase.Query(tenant, env.getArgument("month")))
        .thenApply(review -> review.map(r -> LossReviewDto.of(r, currency(tenant))).orElse(null))
        .toCompletableFuture();
  }

  private static Currency currency(AuthenticatedTenant tenant) {
    return Currency.getInstance(tenant.currency());
  }
}

package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.Loaders.HistoryKey;
import io.customerintel.adapters.graphql.Loaders.PagedKey;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.dto.CustomerDto;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.domain.defection.DefectionId;
import java.util.concurrent.CompletableFuture;

/** Customer's related objects, each through a per-request loader so a page of customers is batched. */
public final class CustomerWiring {
  private CustomerWiring() {}

  public static void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Customer", type -> type
        .dataFetcher("defection", CustomerWiring::defection)
        .dataFetcher("purchases", env -> paged(env, Loaders.PURCHASES_OF))
        .dataFetcher("surveyResponses", env -> paged(env, Loaders.RESPONSES_OF))
        .dataFetcher("healthHistory", CustomerWiring::healthHistory));
  }

  private static CompletableFuture<Object> defection(DataFetchingEnvironment env) {
    CustomerDto customer = env.getSource();
    if (customer.latestDefectionId() == null) {
      return CompletableFuture.completedFuture(null);
    }
    return Fetchers.<DefectionId, Object>loader(env, Loaders.DEFECTIONS).load(customer.latestDefectionId());
  }

  private static CompletableFuture<Object> healthHistory(DataFetchingEnvironment env) {
    CustomerDto customer = env.getSource();
    int days = env.getArgument("days");
    return Fetchers.<HistoryKey, Object>loader(env, Loaders.HEALTH_HISTORY)
        .load(new HistoryKey(customer.customerId(), days));
  }

  private static CompletableFuture<Object> paged(DataFetchingEnvironment env, String loader) {
    CustomerDto customer = env.getSource();
    PageArgs page = PageArgs.of(env.getArgument("first"), env.getArgument("after"));
    return Fetchers.<PagedKey, Object>loader(env, loader).load(new PagedKey(customer.customerId(), page));
  }
}

package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.Loaders.TrendKey;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.dto.HealthDto;
import java.util.concurrent.CompletableFuture;

/** CustomerHealth: the trend is loaded per request for all customers of a page at once. */
public final class CustomerHealthWiring {
  private CustomerHealthWiring() {}

  public static void wire(RuntimeWiring.Builder wiring) {
    wiring.type("CustomerHealth", type -> type.dataFetcher("trend", CustomerHealthWiring::trend));
  }

  private static CompletableFuture<Object> trend(DataFetchingEnvironment env) {
    HealthDto health = env.getSource();
    return Fetchers.<TrendKey, Object>loader(env, Loaders.HEALTH_TRENDS)
        .load(new TrendKey(health.customerId(), health.score()));
  }
}

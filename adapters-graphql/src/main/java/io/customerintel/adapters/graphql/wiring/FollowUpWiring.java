package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.dto.FollowUpDto;
import io.customerintel.domain.customer.CustomerId;
import java.util.concurrent.CompletableFuture;

/** FollowUp: its customer comes through the per-request customers loader. */
public final class FollowUpWiring {
  private FollowUpWiring() {}

  public static void wire(RuntimeWiring.Builder wiring) {
    wiring.type("FollowUp", type -> type.dataFetcher("customer", FollowUpWiring::customer));
  }

  private static CompletableFuture<Object> customer(DataFetchingEnvironment env) {
    FollowUpDto followUp = env.getSource();
    return Fetchers.<CustomerId, Object>loader(env, Loaders.CUSTOMERS).load(followUp.customerId());
  }
}

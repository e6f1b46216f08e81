package io.customerintel.adapters.graphql.wiring;

import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.dto.DefectionDto;
import io.customerintel.domain.customer.CustomerId;

/** Defection's customer and reason, through per-request loaders. */
public final class DefectionWiring {
  private DefectionWiring() {}

  public static void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Defection", type -> type
        .dataFetcher("customer", env -> {
          DefectionDto defection = env.getSource();
          return Fetchers.<CustomerId, Object>loader(env, Loaders.CUSTOMERS).load(defection.customerId());
        })
        .dataFetcher("reason", env -> {
          DefectionDto defection = env.getSource();
          return Fetchers.<String, Object>loader(env, Loaders.REASONS).load(defection.reasonCode());
        })
        .dataFetcher("originalReason", env -> {
          DefectionDto defection = env.getSource();
          return defection.originalReasonCode() == null ? null
              : Fetchers.<String, Object>loader(env, Loaders.REASONS).load(defection.originalReasonCode());
        }));
  }
}

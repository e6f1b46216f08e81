package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.ConnectionDto;
import io.customerintel.adapters.graphql.dto.CustomerDto;
import io.customerintel.adapters.graphql.dto.OpenFollowUpDto;
import io.customerintel.application.port.in.ListOpenFollowUpsUseCase;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.domain.customer.CustomerId;
import java.util.concurrent.CompletableFuture;

/** Query.openFollowUps, Customer.openFollowUps (batched per page of customers) and OpenFollowUp.customer. */
public final class OpenFollowUpWiring {
  private final UseCases useCases;

  public OpenFollowUpWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type.dataFetcher("openFollowUps", this::openFollowUps));
    wiring.type("Customer", type -> type.dataFetcher("openFollowUps", OpenFollowUpWiring::ofCustomer));
    wiring.type("OpenFollowUp", type -> type.dataFetcher("customer", OpenFollowUpWiring::customer));
  }

  private CompletableFuture<ConnectionDto<OpenFollowUpDto>> openFollowUps(DataFetchingEnvironment env) {
    Boolean overdueOnly = env.getArgument("overdueOnly");
    var query = new ListOpenFollowUpsUseCase.Query(Fetchers.tenant(env), Boolean.TRUE.equals(overdueOnly),
        PageArgs.of(env.getArgument("first"), env.getArgument("after")));
    return useCases.openFollowUps().openFollowUps(query)
        .thenApply(connection -> ConnectionDto.of(connection, OpenFollowUpDto::of)).toCompletableFuture();
  }

  private static CompletableFuture<Object> ofCustomer(DataFetchingEnvironment env) {
    CustomerDto customer = env.getSource();
    return Fetchers.<CustomerId, Object>loader(env, Loaders.OPEN_FOLLOW_UPS_OF).load(customer.customerId());
  }

  private static CompletableFuture<Object> customer(DataFetchingEnvironment env) {
    OpenFollowUpDto open = env.getSource();
    return Fetchers.<CustomerId, Object>loader(env, Loaders.CUSTOMERS).load(open.customerId());
  }
}

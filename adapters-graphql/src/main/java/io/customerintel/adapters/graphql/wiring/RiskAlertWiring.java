package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.CustomerDto;
import io.customerintel.adapters.graphql.http.RequestKeys;
import io.customerintel.adapters.graphql.http.SubscriptionSocket;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.out.RiskEvent;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.customerintel.domain.tenant.ApiKeyScope;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SubmissionPublisher;
import org.reactivestreams.FlowAdapters;
import org.reactivestreams.Publisher;

/** Subscription.customerRiskChanged and CustomerRiskEvent (docs/risk-alerts.md). */
public final class RiskAlertWiring {
  /** Events a slow client may have pending; beyond that new ones are dropped rather than block the listener. */
  static final int BUFFER = 256;

  private final UseCases useCases;

  public RiskAlertWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Subscription", type -> type.dataFetcher("customerRiskChanged", this::customerRiskChanged));
    wiring.type("CustomerRiskEvent", type -> type
        .dataFetcher("customer", env -> ((Alert) env.getSource()).customer())
        .dataFetcher("health", env -> ((Alert) env.getSource()).customer().thenApply(CustomerDto::health))
        .dataFetcher("previousBand", env -> ((Alert) env.getSource()).event().previousBand())
        .dataFetcher("cause", env -> ((Alert) env.getSource()).event().cause())
        .dataFetcher("at", env -> ((Alert) env.getSource()).event().at().atOffset(java.time.ZoneOffset.UTC)));
  }

  private Publisher<Alert> customerRiskChanged(DataFetchingEnvironment env) {
    if (!Boolean.TRUE.equals(env.getGraphQlContext().get(SubscriptionSocket.TRANSPORT))) {
      throw new UseCaseException(ErrorCodes.BAD_USER_INPUT,
          "subscriptions are served over WebSocket on /graphql (graphql-transport-ws), not over HTTP");
    }
    ApiKeyGrant grant = env.getGraphQlContext().get(RequestKeys.GRANT);
    if (grant == null || !grant.scopes().contains(ApiKeyScope.READ)) {
      throw new UseCaseException(ErrorCodes.FORBIDDEN, "This API key lacks the READ scope that"
          + " 'customerRiskChanged' needs");
    }
    AuthenticatedTenant tenant = Fetchers.tenant(env);
    HealthBand minBand = HealthBand.valueOf(env.<Object>getArgument("minBand").toString());
    // Direct executor: the listener runs on the LISTEN connection's event loop, and offer() never blocks it.
    SubmissionPublisher<Alert> alerts = new SubmissionPublisher<>(Runnable::run, BUFFER);
    AutoCloseable watching = useCases.riskAlerts().watch(tenant, minBand,
        event -> alerts.offer(new Alert(event, lookUp(tenant, event)), (subscriber, dropped) -> false));
    return new CancellingPublisher<>(FlowAdapters.toPublisher(alerts), () -> {
      watching.close();
      alerts.close();
    });
  }

  /** The customer as the normal use case answers it, looked up once per event whatever fields are selected. */
  private CompletableFuture<CustomerDto> lookUp(AuthenticatedTenant tenant, RiskEvent event) {
    return useCases.customers().byIds(tenant, List.of(event.customerId()))
        .thenApply(found -> {
          var profile = found.get(event.customerId());
          if (profile == null) {
            throw new UseCaseException(ErrorCodes.NOT_FOUND, "the customer of this event is gone");
          }
          return CustomerDto.of(profile);
        }).toCompletableFuture();
  }

  /** One event as the CustomerRiskEvent's source. */
  record Alert(RiskEvent event, CompletableFuture<CustomerDto> customer) {}

}

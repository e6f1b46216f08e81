package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.ForecastCustomersUseCase;
import io.customerintel.application.port.out.FirstDayRevenue;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.prediction.CustomerForecast;
import io.customerintel.domain.prediction.PredictionModel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Forecasts a page of customers from the tenant's prediction model and their maintained facts. */
public final class ForecastService implements ForecastCustomersUseCase {
  private final FirstDayRevenue firstDayRevenue;
  private final Clock clock;

  public ForecastService(FirstDayRevenue firstDayRevenue, Clock clock) {
    this.firstDayRevenue = firstDayRevenue;
    this.clock = clock;
  }

  @Override
  public CompletionStage<List<Optional<CustomerForecast>>> forecasts(AuthenticatedTenant tenant,
                                                                     List<Customer> customers) {
    PredictionModel model = tenant.predictionModel();
    if (model == null) {
      return CompletableFuture.completedFuture(customers.stream().map(c -> Optional.<CustomerForecast>empty()).toList());
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), tenant.zone());
    // only repeat buyers' spend needs their first day apart, and only when there is a spend model
    List<CustomerId> repeatBuyers = model.spend() == null ? List.of()
        : customers.stream().filter(c -> c.facts().purchaseDays() > 1).map(Customer::id).distinct().toList();
    CompletionStage<Map<CustomerId, BigDecimal>> firstDays = repeatBuyers.isEmpty()
        ? CompletableFuture.completedFuture(Map.of()) : firstDayRevenue.of(tenant.tenantId(), repeatBuyers);
    return firstDays.thenApply(revenue -> customers.stream()
        .map(c -> model.forecast(c.facts(), revenue.get(c.id()), today)).toList());
  }
}

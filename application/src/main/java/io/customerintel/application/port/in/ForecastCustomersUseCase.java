package io.customerintel.application.port.in;

import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.prediction.CustomerForecast;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Forecasts customers (probability alive, expected purchases and value) from the tenant's fitted models. */
public interface ForecastCustomersUseCase {

  /**
   * One forecast per customer, in the given order, from one lookup for the whole page; empty for a prospect or
   * when the tenant has no fitted model.
   */
  CompletionStage<List<Optional<CustomerForecast>>> forecasts(AuthenticatedTenant tenant, List<Customer> customers);
}

package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.dto.CustomerDto;
import io.customerintel.adapters.graphql.dto.CustomerPredictionDto;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.prediction.CustomerForecast;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Customer.prediction (loaded for the whole page at once) and the horizon arguments of CustomerPrediction. */
public final class CustomerPredictionWiring {
  private CustomerPredictionWiring() {}

  public static void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Customer", type -> type.dataFetcher("prediction", CustomerPredictionWiring::prediction));
    wiring.type("CustomerPrediction", type -> type
        .dataFetcher("probabilityAlive", env -> ((CustomerPredictionDto) env.getSource()).probabilityAlive())
        .dataFetcher("expectedPurchases", env -> ((CustomerPredictionDto) env.getSource())
            .expectedPurchases(periods(env)))
        .dataFetcher("predictedValue", env -> ((CustomerPredictionDto) env.getSource())
            .predictedValue(periods(env), discountRate(env))));
  }

  private static CompletableFuture<Object> prediction(DataFetchingEnvironment env) {
    CustomerDto customer = env.getSource();
    return Fetchers.<Customer, Object>loader(env, Loaders.PREDICTIONS).load(customer.customer());
  }

  private static int periods(DataFetchingEnvironment env) {
    int periods = env.<Integer>getArgument("periods");
    if (periods < 1 || periods > CustomerForecast.MAX_PERIODS) {
      throw new UseCaseException(ErrorCodes.BAD_USER_INPUT, "periods must be 1 to " + CustomerForecast.MAX_PERIODS
          + ", got " + periods, Map.of("argument", "periods"));
    }
    return periods;
  }

  private static Double discountRate(DataFetchingEnvironment env) {
    Double rate = env.getArgument("annualDiscountRate");
    if (rate != null && !(rate >= 0 && rate <= CustomerForecast.MAX_ANNUAL_DISCOUNT_RATE)) {
      throw new UseCaseException(ErrorCodes.BAD_USER_INPUT, "annualDiscountRate must be 0 to "
          + CustomerForecast.MAX_ANNUAL_DISCOUNT_RATE + " (0.1 for 10%), got " + rate,
          Map.of("argument", "annualDiscountRate"));
    }
    return rate;
  }
}

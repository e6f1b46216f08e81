package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.money.Money;
import io.customerintel.domain.prediction.CustomerForecast;
import java.math.BigDecimal;
import java.util.Currency;

/** The GraphQL CustomerPrediction: a customer's forecast, whose horizon-dependent fields take arguments. */
public record CustomerPredictionDto(CustomerForecast forecast, Currency currency) {

  public double probabilityAlive() {
    return forecast.probabilityAlive();
  }

  public double expectedPurchases(int periods) {
    return forecast.expectedPurchases(periods);
  }

  /** In the tenant's currency, rounded to its minor unit: a forecast is no more precise than that. */
  public MoneyDto predictedValue(int periods, Double annualDiscountRate) {
    Double value = annualDiscountRate == null ? forecast.predictedValue(periods)
        : forecast.predictedValue(periods, annualDiscountRate);
    if (value == null) {
      return null;
    }
    return MoneyDto.of(Money.estimate(BigDecimal.valueOf(value), currency));
  }
}

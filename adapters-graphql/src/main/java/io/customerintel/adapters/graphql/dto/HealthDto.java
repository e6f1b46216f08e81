package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthAssessment;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.health.QuietDefectorType;
import java.time.OffsetDateTime;
import java.util.List;

/** The GraphQL CustomerHealth; its trend is resolved by a loader from the customer id and score kept here. */
public record HealthDto(int score, HealthBand band, List<SignalDto> signals, QuietDefectorType quietDefectorType,
                        CustomerId customerId) {

  public static HealthDto of(CustomerId customer, HealthAssessment health) {
    return new HealthDto(health.score(), health.band(),
        health.signals().stream().map(s -> new SignalDto(s.code(), s.description(), Times.utc(s.detectedAt())))
            .toList(),
        health.quietDefectorType(), customer);
  }

  /** The GraphQL RiskSignal. */
  public record SignalDto(String code, String description, OffsetDateTime detectedAt) {}
}

package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.health.HealthPoint;
import java.time.OffsetDateTime;
import java.util.List;

/** The GraphQL HealthPoint. */
public record HealthPointDto(OffsetDateTime at, int score, HealthBand band, List<String> signalCodes) {
  public static HealthPointDto of(HealthPoint point) {
    return new HealthPointDto(Times.utc(point.at()), point.score(), point.band(), point.signalCodes());
  }
}

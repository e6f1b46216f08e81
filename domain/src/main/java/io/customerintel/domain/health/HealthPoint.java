package io.customerintel.domain.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A stored point of a customer's health line: from {@code at} on, this score, band and set of signal codes. */
public record HealthPoint(Instant at, int score, HealthBand band, List<String> signalCodes) {
  public HealthPoint {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(band, "band");
    signalCodes = List.copyOf(signalCodes);
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("health score must be 0 to 100");
    }
  }
}

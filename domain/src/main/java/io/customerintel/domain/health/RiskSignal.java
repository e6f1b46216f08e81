package io.customerintel.domain.health;

import java.time.Instant;
import java.util.Objects;

/** One observed reason for concern about a customer, with the moment it began to hold. */
public record RiskSignal(String code, String description, Instant detectedAt) {
  public RiskSignal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(detectedAt, "detectedAt");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a risk signal needs a code");
    }
  }
}

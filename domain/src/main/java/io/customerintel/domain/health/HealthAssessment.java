package io.customerintel.domain.health;

import java.util.List;
import java.util.Objects;

/** A customer's health as of one instant: the score, its band, the signals behind it and the defector type. */
public record HealthAssessment(int score, HealthBand band, List<RiskSignal> signals, QuietDefectorType quietDefectorType) {
  public HealthAssessment {
    Objects.requireNonNull(band, "band");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("health score must be 0 to 100");
    }
    signals = List.copyOf(signals);
    // A type explains a drift away; a customer who is not at risk is not drifting.
    if (quietDefectorType != null && band != HealthBand.AT_RISK && band != HealthBand.CRITICAL) {
      throw new IllegalArgumentException("only AT_RISK or CRITICAL customers have a quiet defector type");
    }
  }

  public boolean has(String code) {
    return signals.stream().anyMatch(s -> s.code().equals(code));
  }
}

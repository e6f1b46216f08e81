package io.customerintel.domain.health;

import java.time.Instant;
import java.util.Objects;

/** A point on a customer's health line: from {@code at} on, the assessment read like this. */
public record HealthChange(Instant at, HealthAssessment assessment) {
  public HealthChange {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(assessment, "assessment");
  }
}

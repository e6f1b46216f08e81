package io.customerintel.domain.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's health brought up to now: the current assessment, when time alone will next change it, and the
 * changes since the previous assessment, each at the instant it took effect (empty when nothing changed).
 */
public record HealthUpdate(HealthAssessment current, Optional<Instant> nextChange, List<HealthChange> changes) {
  public HealthUpdate {
    Objects.requireNonNull(current, "current");
    nextChange = nextChange == null ? Optional.empty() : nextChange;
    changes = List.copyOf(changes);
  }
}

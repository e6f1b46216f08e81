package io.customerintel.domain.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a customer's stored health current. New data is judged at the instant it arrives. When only time has
 * passed (a catch-up), the changes are replayed at the exact instants they took effect, so the health line is
 * the same whether the catch-up ran at that instant or days later.
 */
public final class HealthTracker {
  /** More changes than this between two catch-ups would mean a rule that never settles; stop rather than spin. */
  static final int MAX_STEPS = 100;

  private final HealthPolicy policy;
  private final AliveEstimate alive;

  /** @param alive the tenant's fitted model's estimate, or null before a model exists */
  public HealthTracker(HealthPolicy policy, AliveEstimate alive) {
    this.policy = policy;
    this.alive = alive;
  }

  public HealthTracker(HealthPolicy policy) {
    this(policy, null);
  }

  /**
   * @param previous   the stored assessment, or null if there is none yet
   * @param previousAt when it was made (ignored without one)
   * @param timeDriven true when no data arrived since {@code previousAt}, only time passed
   */
  public HealthUpdate update(HealthEvidence evidence, Instant now, HealthAssessment previous, Instant previousAt,
                             boolean timeDriven) {
    List<HealthChange> changes = new ArrayList<>();
    HealthAssessment current = previous;
    if (timeDriven && previous != null && previousAt != null && previousAt.isBefore(now)) {
      // each step's inputs and assessment also give the next step's start: every instant is judged once
      HealthInputs stepInputs = evidence.at(previousAt, alive);
      HealthAssessment stepAssessed = policy.assess(stepInputs);
      for (int step = 0; step < MAX_STEPS; step++) {
        Optional<Instant> next = nextChange(evidence, stepInputs, stepAssessed);
        if (next.isEmpty() || next.get().isAfter(now)) {
          break;
        }
        stepInputs = evidence.at(next.get(), alive);
        stepAssessed = policy.assess(stepInputs);
        if (!sameReading(stepAssessed, current)) {
          changes.add(new HealthChange(next.get(), stepAssessed));
          current = stepAssessed;
        }
      }
    }
    HealthInputs inputs = evidence.at(now, alive);
    HealthAssessment assessed = policy.assess(inputs);
    if (current == null || !sameReading(assessed, current)) {
      changes.add(new HealthChange(now, assessed));
    }
    return new HealthUpdate(assessed, nextChange(evidence, inputs, assessed), changes);
  }

  /**
   * The earliest instant after the inputs' now when time (a rule's deadline, or a recorded item's time) changes
   * health, for inputs already assessed.
   */
  private Optional<Instant> nextChange(HealthEvidence evidence, HealthInputs inputs, HealthAssessment assessed) {
    Optional<Instant> byRule = policy.nextChange(inputs, assessed);
    Optional<Instant> byArrival = evidence.nextArrivalAfter(inputs.now());
    if (byRule.isEmpty()) {
      return byArrival;
    }
    return byArrival.isPresent() && byArrival.get().isBefore(byRule.get()) ? byArrival : byRule;
  }

  /** Score, band and signal codes: what the health line shows. Wording and detection times do not make a change. */
  public static boolean sameReading(HealthAssessment a, HealthAssessment b) {
    return a.score() == b.score() && a.band() == b.band() && codes(a).equals(codes(b))
        && a.quietDefectorType() == b.quietDefectorType();
  }

  private static List<String> codes(HealthAssessment assessment) {
    return assessment.signals().stream().map(RiskSignal::code).sorted().toList();
  }
}

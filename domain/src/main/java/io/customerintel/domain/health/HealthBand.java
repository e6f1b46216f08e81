package io.customerintel.domain.health;

import io.customerintel.domain.lifecycle.LifecycleStage;
import java.util.EnumSet;
import java.util.Set;

/** Where a health score falls; the thresholds are the tenant's (HealthPolicy). */
public enum HealthBand {
  HEALTHY,
  NEUTRAL,
  AT_RISK,
  CRITICAL;

  /** The stages of a customer who is buying; only they can be AT_RISK (the others have left or never came). */
  public static final Set<LifecycleStage> BUYING_STAGES =
      EnumSet.of(LifecycleStage.NEW, LifecycleStage.ACTIVE, LifecycleStage.LOYAL, LifecycleStage.WON_BACK);

  public boolean isAtRisk() {
    return this == AT_RISK || this == CRITICAL;
  }

  /** The lifecycle stage with health: a buying customer in an at-risk band is AT_RISK (docs/rules.md). */
  public LifecycleStage applyTo(LifecycleStage stage) {
    return isAtRisk() && BUYING_STAGES.contains(stage) ? LifecycleStage.AT_RISK : stage;
  }
}

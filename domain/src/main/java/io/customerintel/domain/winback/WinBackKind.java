package io.customerintel.domain.winback;

import io.customerintel.domain.lifecycle.LifecycleStage;

/** Why a customer may be worth winning back; each kind is one lifecycle stage (LOST only for avoidable losses). */
public enum WinBackKind {
  INACTIVE(LifecycleStage.INACTIVE),
  LOST(LifecycleStage.LOST),
  UNCONVERTED_PROSPECT(LifecycleStage.PROSPECT);

  private final LifecycleStage stage;

  WinBackKind(LifecycleStage stage) {
    this.stage = stage;
  }

  public LifecycleStage stage() {
    return stage;
  }
}

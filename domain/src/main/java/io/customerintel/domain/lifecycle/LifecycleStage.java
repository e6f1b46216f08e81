package io.customerintel.domain.lifecycle;

/** Where a customer stands in their relationship with the tenant; see docs/rules.md. */
public enum LifecycleStage {
  PROSPECT,
  NEW,
  ACTIVE,
  LOYAL,
  AT_RISK,
  INACTIVE,
  LOST,
  WON_BACK
}

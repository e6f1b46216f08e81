package io.customerintel.domain.analytics;

/** Why a customer entered or left the tenant's buying customers on a day (the customers-in-vs-out ledger). */
public enum FlowKind {
  ACQUIRED(1),
  WON_BACK(1),
  LOST(-1),
  LAPSED(-1);

  private final int direction;

  FlowKind(int direction) {
    this.direction = direction;
  }

  /** +1 for a customer coming in, -1 for one going out. */
  public int direction() {
    return direction;
  }
}

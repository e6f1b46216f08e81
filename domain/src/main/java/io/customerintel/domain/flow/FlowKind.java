package io.customerintel.domain.flow;

/** How a customer joined or left the tenant's buying customers on a day: the four lines of the ledger. */
public enum FlowKind {
  /** First purchase: a prospect (or someone unknown) became a customer. */
  ACQUIRED(true),
  /** Bought again after having been lost or inactive. */
  WON_BACK(true),
  /** A recorded defection of a buying customer. */
  LOST(false),
  /** Became INACTIVE: no purchase for longer than the inactivity window, the quiet way out. */
  LAPSED(false);

  private final boolean bringsIn;

  FlowKind(boolean bringsIn) {
    this.bringsIn = bringsIn;
  }

  /** +1 for the in-lines, -1 for the out-lines: the change to the number of buying customers. */
  public int delta() {
    return bringsIn ? 1 : -1;
  }

  public boolean bringsIn() {
    return bringsIn;
  }
}

package io.customerintel.domain.savedesk;

import io.customerintel.domain.defection.DefectionCategory;
import io.customerintel.domain.defection.DefectionReason;
import java.util.Optional;
import java.util.Set;

/** What the save desk may do with a request, from its reason (docs/save-desk.md). */
public final class SaveDeskRules {
  /**
   * Customers who cannot afford it, for whom the product is not right, or who no longer need it: listening is fine,
   * talking them into staying is pressure, so such a request may end LOST or NOT_PURSUED but never SAVED. Only the
   * reasons the tenant marks unavoidable count: "too expensive" (avoidable) may be met with a better offer, "cannot
   * afford it" (unavoidable) may not.
   */
  public static final Set<DefectionCategory> DO_NOT_PRESSURE =
      Set.of(DefectionCategory.PRICE, DefectionCategory.PRODUCT_FIT, DefectionCategory.NO_LONGER_NEEDED);

  private SaveDeskRules() {}

  public static boolean doNotPressure(DefectionReason reason) {
    return !reason.avoidable() && DO_NOT_PRESSURE.contains(reason.category());
  }

  /** Why the outcome is refused for a request with this reason; empty when it is allowed. */
  public static Optional<String> refusal(DefectionReason reason, SaveOutcome outcome) {
    if (outcome != SaveOutcome.SAVED || !doNotPressure(reason)) {
      return Optional.empty();
    }
    return Optional.of("the customer asked to cancel for '" + reason.label() + "' (" + reason.category()
        + "): listen, and end the request LOST or NOT_PURSUED; persuading someone who cannot afford it or for whom"
        + " the product is not right is pressure, so it cannot be recorded as SAVED");
  }
}

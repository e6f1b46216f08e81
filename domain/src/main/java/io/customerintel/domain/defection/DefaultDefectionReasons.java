package io.customerintel.domain.defection;

import java.util.List;

/** The reasons every new tenant starts with; the why of each flag is in docs/rules.md. */
public final class DefaultDefectionReasons {
  public static final List<DefectionReason> ALL = List.of(
      new DefectionReason("STAFF_INDIFFERENCE", "Staff indifference", DefectionCategory.INDIFFERENCE, true),
      new DefectionReason("NO_FOLLOW_UP", "No follow-up", DefectionCategory.INDIFFERENCE, true),
      new DefectionReason("POOR_SERVICE", "Poor service", DefectionCategory.SERVICE_QUALITY, true),
      new DefectionReason("PRODUCT_NOT_SUITABLE", "Product not suitable", DefectionCategory.PRODUCT_FIT, false),
      new DefectionReason("QUALITY_PROBLEMS", "Quality problems", DefectionCategory.PRODUCT_FIT, true),
      new DefectionReason("TOO_EXPENSIVE", "Too expensive", DefectionCategory.PRICE, true),
      new DefectionReason("CANNOT_AFFORD", "Cannot afford it", DefectionCategory.PRICE, false),
      new DefectionReason("SWITCHED_TO_COMPETITOR", "Switched to a competitor", DefectionCategory.COMPETITOR, true),
      new DefectionReason("MOVED_OR_CLOSED", "Moved away or closed", DefectionCategory.NO_LONGER_NEEDED, false),
      new DefectionReason("NO_LONGER_NEEDED", "No longer needed", DefectionCategory.NO_LONGER_NEEDED, false),
      new DefectionReason("OTHER", "Other", DefectionCategory.OTHER, false));

  private DefaultDefectionReasons() {}
}

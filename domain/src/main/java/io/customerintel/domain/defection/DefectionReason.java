package io.customerintel.domain.defection;

import java.util.Objects;
import java.util.regex.Pattern;

/** A tenant's named reason for losing a customer, with its category and whether it was avoidable. */
public record DefectionReason(String code, String label, DefectionCategory category, boolean avoidable) {
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  public static final int MAX_LABEL_LENGTH = 200;

  public DefectionReason {
    Objects.requireNonNull(category, "category");
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("reason code must match " + CODE.pattern());
    }
    if (label == null || label.isBlank() || label.length() > MAX_LABEL_LENGTH) {
      throw new IllegalArgumentException("reason label must be 1 to " + MAX_LABEL_LENGTH + " characters");
    }
  }
}

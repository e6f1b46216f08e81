package io.customerintel.domain.validation;

import java.util.List;
import java.util.Optional;

/**
 * A client's name for one write, so that sending the write again stores nothing twice: 1 to 255 printable
 * characters, not all blank. Its scope is the tenant and the mutation it was sent with.
 */
public record IdempotencyKey(String value) {
  public static final int MAX_LENGTH = 255;

  public IdempotencyKey {
    if (!valid(value)) {
      throw new IllegalArgumentException("an idempotency key is 1 to " + MAX_LENGTH + " printable characters");
    }
  }

  /** The key sent as field, empty when none was; a malformed one adds INVALID_IDEMPOTENCY_KEY to problems. */
  public static Optional<IdempotencyKey> parse(String field, String raw, List<FieldProblem> problems) {
    if (raw == null) {
      return Optional.empty();
    }
    if (!valid(raw)) {
      problems.add(FieldProblem.of(field, ProblemCodes.INVALID_IDEMPOTENCY_KEY,
          field + " must be 1 to " + MAX_LENGTH + " printable characters, not all blank"));
      return Optional.empty();
    }
    return Optional.of(new IdempotencyKey(raw));
  }

  private static boolean valid(String value) {
    return value != null && !value.isBlank() && value.codePointCount(0, value.length()) <= MAX_LENGTH
        && value.codePoints().allMatch(IdempotencyKey::printable);
  }

  private static boolean printable(int codePoint) {
    int type = Character.getType(codePoint);
    return !Character.isISOControl(codePoint) && type != Character.UNASSIGNED && type != Character.SURROGATE
        && type != Character.FORMAT && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
  }
}

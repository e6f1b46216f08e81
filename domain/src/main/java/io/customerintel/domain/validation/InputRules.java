package io.customerintel.domain.validation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Shared checks and limits for ingested values, so every mutation rejects bad input the same way. */
public final class InputRules {
  /** External ids, survey ids, names and reason codes. */
  public static final int MAX_KEY_LENGTH = 255;
  public static final int MAX_NAME_LENGTH = 500;
  public static final int MAX_TEXT_LENGTH = 10_000;
  /** Times up to a day ahead are tolerated because clocks and time zones of senders differ. */
  public static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
  /** Amounts beyond this are surely a unit mistake (cents sent as units, or worse). */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
  public static final int MAX_AMOUNT_SCALE = 6;

  private InputRules() {}

  public static void key(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(FieldProblem.of(field, ProblemCodes.REQUIRED, field + " must not be empty"));
    } else if (value.length() > MAX_KEY_LENGTH) {
      problems.add(FieldProblem.of(field, ProblemCodes.TOO_LONG, field + " must be at most " + MAX_KEY_LENGTH + " characters"));
    } else if (hasControlCharacter(value)) {
      problems.add(FieldProblem.of(field, ProblemCodes.INVALID_FORMAT, field + " must not contain control characters"));
    }
  }

  public static void text(String field, String value, int maxLength, List<FieldProblem> problems) {
    if (value != null && value.length() > maxLength) {
      problems.add(FieldProblem.of(field, ProblemCodes.TOO_LONG, field + " must be at most " + maxLength + " characters"));
    }
  }

  public static void notInFuture(String field, Instant value, Instant now, List<FieldProblem> problems) {
    if (value == null) {
      problems.add(FieldProblem.of(field, ProblemCodes.REQUIRED, field + " is required"));
    } else if (value.isAfter(now.plus(FUTURE_TOLERANCE))) {
      problems.add(FieldProblem.of(field, ProblemCodes.IN_FUTURE, field + " is more than a day in the future"));
    }
  }

  public static void amount(String field, BigDecimal value, List<FieldProblem> problems) {
    if (value == null) {
      problems.add(FieldProblem.of(field, ProblemCodes.REQUIRED, field + " is required"));
    } else if (value.signum() < 0) {
      problems.add(FieldProblem.of(field, ProblemCodes.INVALID_AMOUNT, field + " must not be negative"));
    } else if (value.compareTo(MAX_AMOUNT) >= 0) {
      problems.add(FieldProblem.of(field, ProblemCodes.INVALID_AMOUNT, field + " must be below " + MAX_AMOUNT.toPlainString()));
    } else if (value.stripTrailingZeros().scale() > MAX_AMOUNT_SCALE) {
      problems.add(FieldProblem.of(field, ProblemCodes.INVALID_AMOUNT, field + " has more than " + MAX_AMOUNT_SCALE + " decimal places"));
    }
  }

  private static boolean hasControlCharacter(String value) {
    return value.chars().anyMatch(Character::isISOControl);
  }
}

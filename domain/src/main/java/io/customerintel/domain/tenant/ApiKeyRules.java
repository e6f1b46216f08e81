package io.customerintel.domain.tenant;

import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.ProblemCodes;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a new API key must look like: a short printable name, at least one scope, each named once, and a positive
 * rate limit if it has its own.
 */
public final class ApiKeyRules {
  public static final int MAX_NAME_LENGTH = 100;
  /** The same bound the server's own RATE_LIMIT_* settings have. */
  public static final int MAX_RATE = 1_000_000_000;

  private ApiKeyRules() {}

  public static void name(String field, String name, List<FieldProblem> problems) {
    if (name == null || name.isBlank()) {
      problems.add(FieldProblem.of(field, ProblemCodes.REQUIRED, field + " must not be empty"));
    } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
      problems.add(FieldProblem.of(field, ProblemCodes.TOO_LONG,
          field + " must be at most " + MAX_NAME_LENGTH + " characters"));
    } else if (!name.strip().equals(name) || name.codePoints().anyMatch(ApiKeyRules::unprintable)) {
      problems.add(FieldProblem.of(field, ProblemCodes.INVALID_FORMAT,
          field + " must be printable characters without leading or trailing blanks"));
    }
  }

  /** The scopes as a set, or empty after adding the problem with them. */
  public static Set<ApiKeyScope> scopes(String field, List<ApiKeyScope> scopes, List<FieldProblem> problems) {
    if (scopes == null || scopes.isEmpty()) {
      problems.add(FieldProblem.of(field, ProblemCodes.REQUIRED, field + " must name at least one scope"));
      return Set.of();
    }
    Set<ApiKeyScope> distinct = EnumSet.noneOf(ApiKeyScope.class);
    for (ApiKeyScope scope : scopes) {
      if (scope == null) {
        problems.add(FieldProblem.of(field, ProblemCodes.REQUIRED, field + " must not contain null"));
        return Set.of();
      }
      if (!distinct.add(scope)) {
        problems.add(FieldProblem.of(field, ProblemCodes.DUPLICATE, field + " names " + scope + " more than once"));
        return Set.of();
      }
    }
    return distinct;
  }

  /** A key's own bucket capacity or refill rate: absent (the server's default) or 1 to {@link #MAX_RATE}. */
  public static void rate(String field, Integer value, List<FieldProblem> problems) {
    if (value != null && (value < 1 || value > MAX_RATE)) {
      problems.add(FieldProblem.of(field, ProblemCodes.OUT_OF_RANGE, field + " must be 1 to " + MAX_RATE));
    }
  }

  // Line and paragraph separators and format characters (e.g. bidi overrides) would let a name disguise itself.
  private static boolean unprintable(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isISOControl(codePoint) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.SURROGATE
        || type == Character.PRIVATE_USE;
  }
}

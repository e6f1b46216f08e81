package io.customerintel.domain.customer;

import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.ProblemCodes;
import java.util.List;
import java.util.Map;

/** Limits on free-form customer attributes, so one tenant cannot bloat rows or nest without end. */
public final class AttributeRules {
  public static final int MAX_KEYS = 100;
  public static final int MAX_DEPTH = 5;
  public static final int MAX_TOTAL_CHARACTERS = 16_384;

  private AttributeRules() {}

  public static void check(Map<String, Object> attributes, List<FieldProblem> problems) {
    if (attributes == null) {
      return;
    }
    if (attributes.size() > MAX_KEYS) {
      problems.add(FieldProblem.of("attributes", ProblemCodes.TOO_LONG, "attributes may have at most " + MAX_KEYS + " keys"));
      return;
    }
    long size = measure(attributes, 1);
    if (size < 0) {
      problems.add(FieldProblem.of("attributes", ProblemCodes.INVALID_FORMAT,
          "attributes may nest at most " + MAX_DEPTH + " levels deep"));
    } else if (size > MAX_TOTAL_CHARACTERS) {
      problems.add(FieldProblem.of("attributes", ProblemCodes.TOO_LONG,
          "attributes may hold at most " + MAX_TOTAL_CHARACTERS + " characters of keys and values"));
    }
  }

  /** Characters of keys and scalar values; -1 when nested too deep. */
  private static long measure(Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      if (depth > MAX_DEPTH) {
        return -1;
      }
      long total = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        long inner = measure(entry.getValue(), depth + 1);
        if (inner < 0) {
          return -1;
        }
        total += String.valueOf(entry.getKey()).length() + inner;
      }
      return total;
    }
    if (value instanceof List<?> list) {
      if (depth > MAX_DEPTH) {
        return -1;
      }
      long total = 0;
      for (Object element : list) {
        long inner = measure(element, depth + 1);
        if (inner < 0) {
          return -1;
        }
        total += inner + 1;
      }
      return total;
    }
    return value == null ? 4 : String.valueOf(value).length();
  }
}

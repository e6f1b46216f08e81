package io.customerintel.adapters.graphql.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns client-chosen operation names into metric tag values of bounded number: the first {@code capacity} distinct
 * names are kept, later new ones all become {@link #OTHER}, so a client inventing names cannot grow the metrics
 * without bound. Operations without a name are {@link #ANONYMOUS}; anything that is not a GraphQL name is
 * {@link #INVALID}.
 */
final class OperationNames {

  static final int DEFAULT_CAPACITY = 200;
  static final String ANONYMOUS = "anonymous";
  static final String OTHER = "other";
  static final String INVALID = "invalid";
  /** Longer names are legal GraphQL, but nobody reads such a tag. */
  static final int MAX_LENGTH = 100;

  private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

  private final int capacity;
  private final Set<String> kept = ConcurrentHashMap.newKeySet();

  OperationNames(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative");
    }
    this.capacity = capacity;
  }

  /** The tag value for this name: itself while there is room, else one of the fixed values. */
  String tag(String operationName) {
    if (operationName == null || operationName.isEmpty()) {
      return ANONYMOUS;
    }
    if (!isName(operationName)) {
      return INVALID;
    }
    if (kept.contains(operationName)) {
      return operationName;
    }
    synchronized (kept) {
      // the check and the add together, so concurrent new names cannot overshoot the capacity
      if (kept.size() < capacity) {
        kept.add(operationName);
        return operationName;
      }
    }
    return kept.contains(operationName) ? operationName : OTHER;
  }

  /** Whether the text is a GraphQL name short enough to tag or log as it is. */
  static boolean isName(String text) {
    return text != null && text.length() <= MAX_LENGTH && NAME.matcher(text).matches();
  }
}

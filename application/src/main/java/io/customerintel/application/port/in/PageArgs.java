package io.customerintel.application.port.in;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import java.util.Map;
import java.util.Optional;

/** Relay-style forward paging arguments: first is 1 to 100 (default 20), after an opaque cursor. */
public record PageArgs(int first, Optional<String> after) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageArgs {
    if (first < 1 || first > MAX_SIZE) {
      throw new UseCaseException(ErrorCodes.BAD_USER_INPUT, "first must be between 1 and " + MAX_SIZE + ", got " + first,
          Map.of("argument", "first", "max", MAX_SIZE));
    }
    after = after == null ? Optional.empty() : after;
  }

  public static PageArgs of(Integer first, String after) {
    return new PageArgs(first == null ? DEFAULT_SIZE : first, Optional.ofNullable(after));
  }
}

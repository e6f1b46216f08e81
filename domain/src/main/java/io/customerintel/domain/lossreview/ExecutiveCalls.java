package io.customerintel.domain.lossreview;

import java.util.Objects;

/** How many of an executive's calls for a month are done and how many still open. */
public record ExecutiveCalls(String executive, int done, int open) {
  public ExecutiveCalls {
    Objects.requireNonNull(executive, "executive");
    if (done < 0 || open < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}

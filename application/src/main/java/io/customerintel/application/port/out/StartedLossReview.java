package io.customerintel.application.port.out;

import io.customerintel.domain.lossreview.ReviewMonth;
import java.time.Instant;
import java.util.Objects;

/** A month whose loss review was started, and when. */
public record StartedLossReview(ReviewMonth month, Instant startedAt) {
  public StartedLossReview {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(startedAt, "startedAt");
  }
}

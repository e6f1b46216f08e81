package io.customerintel.application.port.in;

import io.customerintel.domain.tenant.ApiKeyGrant;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Charges an operation's cost to its API key's leaky bucket, which every server instance shares. */
public interface ChargeQueryCostUseCase {

  /**
   * Takes the cost from the key's bucket if that many points remain, else takes nothing; either way answers the
   * bucket's level. A cost of 0 only reads the bucket.
   */
  CompletionStage<Throttle> charge(Charge charge);

  /** @param cost the operation's points, 0 or more */
  record Charge(ApiKeyGrant grant, long cost) {
    public Charge {
      Objects.requireNonNull(grant, "grant");
      if (cost < 0) {
        throw new IllegalArgumentException("a cost is not negative, got " + cost);
      }
    }
  }
}

package io.customerintel.application.fakes;

import io.customerintel.application.port.out.CustomerCatchUp;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** CustomerCatchUp that records each call and answers the next change a test sets (none by default). */
public final class FakeCatchUp implements CustomerCatchUp {
  /** One call: for whom, with which rules, as of when. */
  public record Call(TenantId tenantId, CustomerRules rules, Instant now) {}

  public final List<Call> calls = new ArrayList<>();
  /** Calls to re-derive a whole tenant, with the instant the clock gave when called. */
  public final List<Call> rederived = new ArrayList<>();
  public volatile Optional<Instant> nextChange = Optional.empty();

  @Override
  public CompletionStage<Optional<Instant>> catchUp(TenantId tenantId, CustomerRules rules, Instant now) {
    calls.add(new Call(tenantId, rules, now));
    return CompletableFuture.completedFuture(nextChange);
  }

  @Override
  public CompletionStage<Long> rederiveAll(TenantId tenantId, CustomerRules rules, Clock clock) {
    rederived.add(new Call(tenantId, rules, clock.instant()));
    return CompletableFuture.completedFuture(0L);
  }
}

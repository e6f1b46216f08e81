package io.customerintel.application.fakes;

import io.customerintel.application.port.out.LossReviewCalls;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.lossreview.CallAssignment;
import io.customerintel.domain.lossreview.CallOutcome;
import io.customerintel.domain.lossreview.LossReviewCall;
import io.customerintel.domain.lossreview.LossReviewCallId;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/** Loss-review calls in memory; a confirmed reason changes the defection held by the reviews fake. */
public final class InMemoryLossReviewCalls implements LossReviewCalls {
  private record Stored(TenantId tenantId, LossReviewCall call) {}

  private final InMemoryLossReviews reviews;
  private final List<Stored> calls = new ArrayList<>();

  public InMemoryLossReviewCalls(InMemoryLossReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public CompletionStage<Void> assign(TenantId tenantId, ReviewMonth month, List<CallAssignment> assignments,
                                      Instant now) {
    for (CallAssignment a : assignments) {
      CustomerId customer = a.lost().defection().customerId();
      if (calls.stream().noneMatch(s -> s.tenantId().equals(tenantId) && s.call().customerId().equals(customer))) {
        calls.add(new Stored(tenantId, new LossReviewCall(new LossReviewCallId(calls.size() + 1L), month,
            a.executive(), customer, a.lost().defection().id(), Optional.empty())));
      }
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<List<LossReviewCall>> ofMonth(TenantId tenantId, ReviewMonth month) {
    return CompletableFuture.completedFuture(calls.stream()
        .filter(s -> s.tenantId().equals(tenantId) && s.call().month().equals(month)).map(Stored::call).toList());
  }

  @Override
  public CompletionStage<Set<CustomerId>> called(TenantId tenantId, Collection<CustomerId> customers) {
    return CompletableFuture.completedFuture(calls.stream().filter(s -> s.tenantId().equals(tenantId))
        .map(s -> s.call().customerId()).filter(customers::contains).collect(Collectors.toSet()));
  }

  @Override
  public CompletionStage<Optional<LossReviewCall>> byId(TenantId tenantId, LossReviewCallId id) {
    return CompletableFuture.completedFuture(calls.stream()
        .filter(s -> s.tenantId().equals(tenantId) && s.call().id().equals(id)).map(Stored::call).findFirst());
  }

  @Override
  public CompletionStage<LossReviewCall> recordOutcome(TenantId tenantId, LossReviewCallId id, CallOutcome outcome) {
    for (int i = 0; i < calls.size(); i++) {
      LossReviewCall call = calls.get(i).call();
      if (calls.get(i).tenantId().equals(tenantId) && call.id().equals(id)) {
        if (call.outcome().isPresent()) {
          return CompletableFuture.completedFuture(call);
        }
        LossReviewCall done = new LossReviewCall(call.id(), call.month(), call.executive(), call.customerId(),
            call.defectionId(), Optional.of(outcome));
        calls.set(i, new Stored(tenantId, done));
        reviews.defection(tenantId, call.defectionId()).ifPresent(d -> confirm(tenantId, d, outcome));
        return CompletableFuture.completedFuture(done);
      }
    }
    return CompletableFuture.failedFuture(new IllegalStateException("no call " + id));
  }

  private void confirm(TenantId tenantId, Defection d, CallOutcome outcome) {
    String confirmed = outcome.confirmedReasonCode();
    if (confirmed != null && !confirmed.equals(d.reasonCode())) {
      reviews.replace(tenantId, new Defection(d.id(), d.customerId(), d.occurredAt(), confirmed, d.detail(),
          d.competitor(), d.lostAnnualValue(), d.originalReasonCode() != null ? d.originalReasonCode() : d.reasonCode()));
    }
  }
}

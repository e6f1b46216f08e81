package io.customerintel.domain.lossreview;

import io.customerintel.domain.defection.Defection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A month's customer-loss review: the month's lost customers, most valuable first, what they were worth and why they
 * left, now (reasons) and as first recorded (reasonsBeforeCalls), and its calls with each executive's progress
 * (docs/loss-review.md).
 */
public record LossReview(ReviewMonth month, Instant startedAt, List<LostCustomer> defections,
                         BigDecimal lostAnnualValue, List<LossReasonCount> reasons,
                         List<LossReasonCount> reasonsBeforeCalls, List<LossReviewCall> calls,
                         List<ExecutiveCalls> executives) {
  /** Most valuable first; equal values by time, then id, so the order is stable between reads. */
  public static final Comparator<LostCustomer> BY_VALUE = Comparator.comparing(LostCustomer::value).reversed()
      .thenComparing((LostCustomer lost) -> lost.defection().occurredAt())
      .thenComparing(lost -> lost.defection().id().value());

  public LossReview {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(startedAt, "startedAt");
    defections = List.copyOf(defections);
    Objects.requireNonNull(lostAnnualValue, "lostAnnualValue");
    reasons = List.copyOf(reasons);
    reasonsBeforeCalls = List.copyOf(reasonsBeforeCalls);
    calls = List.copyOf(calls);
    executives = List.copyOf(executives);
  }

  /** The review of the month's lost customers and calls: totals and the reasons, most frequent first. */
  public static LossReview of(ReviewMonth month, Instant startedAt, List<LostCustomer> lost,
                              List<LossReviewCall> calls) {
    List<LostCustomer> ordered = lost.stream().sorted(BY_VALUE).toList();
    BigDecimal total = ordered.stream().map(LostCustomer::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new LossReview(month, startedAt, ordered, total, reasons(ordered, d -> d.reasonCode()),
        reasons(ordered, d -> d.originalReasonCode() != null ? d.originalReasonCode() : d.reasonCode()), calls,
        executives(calls));
  }

  /**
   * How many of the month's lost customers had a contact request the tenant left unanswered past its deadline before
   * they left: a survey nobody followed up tells the customer the company does not care.
   */
  public int defectionsAfterMissedFollowUp() {
    return (int) defections.stream().filter(lost -> lost.missedFollowUps() > 0).count();
  }

  /** Each executive's done and open calls, in the order the executives were first dealt a call. */
  private static List<ExecutiveCalls> executives(List<LossReviewCall> calls) {
    Map<String, ExecutiveCalls> byExecutive = new LinkedHashMap<>();
    for (LossReviewCall call : calls) {
      boolean done = call.status() == CallStatus.DONE;
      byExecutive.merge(call.executive(), new ExecutiveCalls(call.executive(), done ? 1 : 0, done ? 0 : 1),
          (a, b) -> new ExecutiveCalls(a.executive(), a.done() + b.done(), a.open() + b.open()));
    }
    return List.copyOf(byExecutive.values());
  }

  private static List<LossReasonCount> reasons(List<LostCustomer> lost,
                                               java.util.function.Function<Defection, String> reasonOf) {
    Map<String, LossReasonCount> byReason = new LinkedHashMap<>();
    for (LostCustomer customer : lost) {
      String code = reasonOf.apply(customer.defection());
      byReason.merge(code, new LossReasonCount(code, 1, customer.value()),
          (a, b) -> new LossReasonCount(code, a.defections() + b.defections(),
              a.lostAnnualValue().add(b.lostAnnualValue())));
    }
    return byReason.values().stream()
        .sorted(Comparator.comparingInt(LossReasonCount::defections).reversed()
            .thenComparing(LossReasonCount::lostAnnualValue, Comparator.reverseOrder())
            .thenComparing(LossReasonCount::reasonCode))
        .toList();
  }
}

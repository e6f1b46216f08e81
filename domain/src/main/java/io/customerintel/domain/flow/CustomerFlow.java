package io.customerintel.domain.flow;

import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replays a customer's whole history (purchase days and every recorded defection, in time order) into the days on
 * which they came in or went out (docs/rules.md, "Customers in vs out"). Unlike the lifecycle timeline, which
 * projects today's stage forward, this is the history: an earlier loss followed by a return stays on the ledger.
 * The replay agrees with {@link LifecyclePolicy#stageOn}: after the last piece of history, a customer is in exactly
 * when their stage is NEW, ACTIVE, LOYAL or WON_BACK.
 */
public final class CustomerFlow {
  /** Value of a customer who left without a recorded value: their revenue over this many days up to leaving. */
  public static final int LOST_VALUE_DAYS = 365;

  private CustomerFlow() {
  }

  private enum State { NEVER_BOUGHT, IN, OUT }

  /** The ledger lines in day order; a LAPSED line may lie in the future (it happens unless they buy first). */
  public static List<FlowEvent> events(List<PurchaseDayTotal> purchaseDays, List<DefectionMark> defections,
                                       ZoneId zone, LifecyclePolicy policy) {
    List<PurchaseDayTotal> days = new ArrayList<>(purchaseDays);
    days.sort(Comparator.comparing(PurchaseDayTotal::day));
    List<DefectionMark> losses = new ArrayList<>(defections);
    losses.sort(Comparator.comparing(DefectionMark::at));
    List<FlowEvent> events = new ArrayList<>();
    State state = State.NEVER_BOUGHT;
    LocalDate lastPurchase = null;
    int next = 0;
    for (PurchaseDayTotal day : days) {
      // A defection counts before this purchase day unless it came after the day's last purchase, as in
      // CustomerFacts.isLost (lost = the latest defection came after the last purchase).
      while (next < losses.size() && !losses.get(next).at().isAfter(day.lastAt())) {
        DefectionMark loss = losses.get(next++);
        LocalDate lossDay = LocalDate.ofInstant(loss.at(), zone);
        state = lapseUntil(state, lastPurchase, lossDay, days, policy, events);
        if (state == State.IN) {
          events.add(new FlowEvent(lossDay, FlowKind.LOST, lostValue(loss, lossDay, days)));
        }
        state = state == State.NEVER_BOUGHT ? state : State.OUT;
      }
      state = lapseUntil(state, lastPurchase, day.day(), days, policy, events);
      if (state == State.NEVER_BOUGHT) {
        events.add(new FlowEvent(day.day(), FlowKind.ACQUIRED, day.revenue()));
      } else if (state == State.OUT) {
        events.add(new FlowEvent(day.day(), FlowKind.WON_BACK, day.revenue()));
      }
      state = State.IN;
      lastPurchase = day.day();
    }
    for (; next < losses.size(); next++) {
      DefectionMark loss = losses.get(next);
      LocalDate lossDay = LocalDate.ofInstant(loss.at(), zone);
      state = lapseUntil(state, lastPurchase, lossDay, days, policy, events);
      if (state == State.IN) {
        events.add(new FlowEvent(lossDay, FlowKind.LOST, lostValue(loss, lossDay, days)));
        state = State.OUT;
      }
    }
    if (state == State.IN) {
      lapseUntil(state, lastPurchase, LocalDate.MAX, days, policy, events);
    }
    return events;
  }

  /** A buying customer whose inactivity window closed on or before {@code day} lapsed the day after it closed. */
  private static State lapseUntil(State state, LocalDate lastPurchase, LocalDate day, List<PurchaseDayTotal> days,
                                  LifecyclePolicy policy, List<FlowEvent> events) {
    if (state != State.IN) {
      return state;
    }
    LocalDate lapse = lastPurchase.plusDays(policy.inactivityWindowDays() + 1L);
    if (lapse.isAfter(day)) {
      return state;
    }
    events.add(new FlowEvent(lapse, FlowKind.LAPSED, revenueBefore(lapse, days)));
    return State.OUT;
  }

  private static BigDecimal lostValue(DefectionMark loss, LocalDate lossDay, List<PurchaseDayTotal> days) {
    return loss.lostAnnualValue() != null ? loss.lostAnnualValue() : revenueBefore(lossDay, days);
  }

  /** Revenue over the {@link #LOST_VALUE_DAYS} days that end with {@code day}. */
  private static BigDecimal revenueBefore(LocalDate day, List<PurchaseDayTotal> days) {
    BigDecimal sum = BigDecimal.ZERO;
    for (PurchaseDayTotal purchase : days) {
      long age = ChronoUnit.DAYS.between(purchase.day(), day);
      if (age >= 0 && age < LOST_VALUE_DAYS) {
        sum = sum.add(purchase.revenue());
      }
    }
    return sum;
  }
}

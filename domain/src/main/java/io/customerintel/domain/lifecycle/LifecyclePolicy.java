package io.customerintel.domain.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The lifecycle rules with a tenant's windows (docs/rules.md). Pure functions of a customer's
 * facts and a calendar day, so the same rules answer the API, the filters and the tests.
 */
public record LifecyclePolicy(
    int newCustomerWindowDays,
    int inactivityWindowDays,
    int wonBackWindowDays,
    int loyalTenureDays,
    int loyalPurchaseDays) {

  public static final LifecyclePolicy DEFAULT = new LifecyclePolicy(90, 182, 90, 365, 3);

  public LifecyclePolicy {
    if (newCustomerWindowDays < 1 || inactivityWindowDays < 1 || wonBackWindowDays < 1 || loyalTenureDays < 1) {
      throw new IllegalArgumentException("lifecycle windows must be at least one day");
    }
    if (loyalPurchaseDays < 2) {
      throw new IllegalArgumentException("loyalty needs at least two purchase days");
    }
  }

  /** Derives the maintained figures from a customer's whole history. */
  public CustomerFacts summarize(CustomerHistory history) {
    List<PurchaseDayTotal> days = history.days();
    Instant defection = history.latestDefectionAt().orElse(null);
    if (days.isEmpty()) {
      return new CustomerFacts(0, 0, BigDecimal.ZERO, null, null, null, null, null, defection);
    }
    long purchases = 0;
    BigDecimal revenue = BigDecimal.ZERO;
    Instant firstAt = days.get(0).firstAt();
    Instant lastAt = days.get(0).lastAt();
    LocalDate returnDay = null;
    LocalDate firstAfterDefection = null;
    // Buying "again" needs a purchase before the defection; a first purchase after one is an acquisition.
    boolean boughtBeforeDefection = defection != null && !days.get(0).firstAt().isAfter(defection);
    for (int i = 0; i < days.size(); i++) {
      PurchaseDayTotal day = days.get(i);
      purchases += day.purchases();
      revenue = revenue.add(day.revenue());
      if (day.firstAt().isBefore(firstAt)) {
        firstAt = day.firstAt();
      }
      if (day.lastAt().isAfter(lastAt)) {
        lastAt = day.lastAt();
      }
      if (i > 0 && ChronoUnit.DAYS.between(days.get(i - 1).day(), day.day()) > inactivityWindowDays) {
        returnDay = day.day();
      }
      if (boughtBeforeDefection && firstAfterDefection == null && day.lastAt().isAfter(defection)) {
        firstAfterDefection = day.day();
      }
    }
    if (firstAfterDefection != null && (returnDay == null || firstAfterDefection.isAfter(returnDay))) {
      returnDay = firstAfterDefection;
    }
    return new CustomerFacts(purchases, days.size(), revenue, firstAt, lastAt,
        days.get(0).day(), days.get(days.size() - 1).day(), returnDay, defection);
  }

  /** The stage on a given day (tenant calendar). AT_RISK is not decided here: it needs health. */
  public LifecycleStage stageOn(CustomerFacts facts, LocalDate today) {
    if (facts.isLost()) {
      return LifecycleStage.LOST;
    }
    if (!facts.hasPurchased()) {
      return LifecycleStage.PROSPECT;
    }
    if (facts.lastReturnDay() != null && daysBetween(facts.lastReturnDay(), today) <= wonBackWindowDays) {
      return LifecycleStage.WON_BACK;
    }
    if (daysBetween(facts.lastPurchaseDay(), today) > inactivityWindowDays) {
      return LifecycleStage.INACTIVE;
    }
    long tenure = daysBetween(facts.firstPurchaseDay(), today);
    if (tenure <= newCustomerWindowDays && facts.purchaseDays() == 1) {
      return LifecycleStage.NEW;
    }
    if (tenure >= loyalTenureDays && facts.purchaseDays() >= loyalPurchaseDays) {
      return LifecycleStage.LOYAL;
    }
    return LifecycleStage.ACTIVE;
  }

  /**
   * The stage for every day until the facts change. Between the days on which one of the windows
   * opens or closes the stage cannot change, so evaluating the rules at those days is exact.
   */
  public LifecycleTimeline timeline(CustomerFacts facts) {
    TreeSet<LocalDate> changes = new TreeSet<>();
    if (facts.hasPurchased()) {
      changes.add(facts.lastPurchaseDay().plusDays(inactivityWindowDays + 1L));
      changes.add(facts.firstPurchaseDay().plusDays(newCustomerWindowDays + 1L));
      changes.add(facts.firstPurchaseDay().plusDays(loyalTenureDays));
      if (facts.lastReturnDay() != null) {
        changes.add(facts.lastReturnDay().plusDays(wonBackWindowDays + 1L));
      }
    }
    LocalDate before = changes.isEmpty() ? LocalDate.EPOCH : changes.first().minusDays(1);
    List<StagePeriod> periods = new ArrayList<>();
    LifecycleStage current = stageOn(facts, before);
    LocalDate currentFrom = null;
    for (LocalDate change : changes) {
      LifecycleStage next = stageOn(facts, change);
      if (next != current) {
        periods.add(new StagePeriod(current, currentFrom, change));
        current = next;
        currentFrom = change;
      }
    }
    periods.add(new StagePeriod(current, currentFrom, null));
    return new LifecycleTimeline(periods);
  }

  /** Days from the first purchase to today; 0 before or without one. */
  public static long tenureDays(CustomerFacts facts, LocalDate today) {
    return facts.hasPurchased() ? Math.max(0, daysBetween(facts.firstPurchaseDay(), today)) : 0;
  }

  private static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }
}

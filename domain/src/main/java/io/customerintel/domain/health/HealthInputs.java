package io.customerintel.domain.health;

import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.customerintel.domain.survey.SurveyResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What is known about one customer at {@code now}: purchase days, survey invitations and answers,
 * recorded follow-ups, and (once a model exists) the estimate of whether they are still a customer.
 * Nothing may lie after {@code now}, so the same inputs at a later instant differ only by time.
 */
public record HealthInputs(List<PurchaseDayTotal> purchaseDays, List<SurveyResponse> surveyResponses,
                           List<Instant> followUps, Instant now, ZoneId zone, AliveEstimate alive) {
  public HealthInputs {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(zone, "zone");
    List<PurchaseDayTotal> sorted = new ArrayList<>(purchaseDays);
    sorted.sort(Comparator.comparing(PurchaseDayTotal::day));
    LocalDate today = LocalDate.ofInstant(now, zone);
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0 && sorted.get(i).day().equals(sorted.get(i - 1).day())) {
        throw new IllegalArgumentException("purchase days must be distinct: " + sorted.get(i).day());
      }
      if (sorted.get(i).day().isAfter(today)) {
        throw new IllegalArgumentException("purchase day after now: " + sorted.get(i).day());
      }
    }
    purchaseDays = List.copyOf(sorted);
    surveyResponses = List.copyOf(surveyResponses);
    for (SurveyResponse response : surveyResponses) {
      if (response.sentAt().isAfter(now) || (response.respondedAt() != null && response.respondedAt().isAfter(now))) {
        throw new IllegalArgumentException("survey invitation or answer after now: " + response.id());
      }
      if (!response.customerId().equals(surveyResponses.get(0).customerId())) {
        throw new IllegalArgumentException("survey responses must all belong to one customer");
      }
    }
    followUps = List.copyOf(followUps);
    for (Instant followUp : followUps) {
      if (followUp.isAfter(now)) {
        throw new IllegalArgumentException("follow-up after now: " + followUp);
      }
    }
  }

  /** Inputs without a probability-alive estimate (there is no customer-base model yet). */
  public HealthInputs(List<PurchaseDayTotal> purchaseDays, List<SurveyResponse> surveyResponses,
                      List<Instant> followUps, Instant now, ZoneId zone) {
    this(purchaseDays, surveyResponses, followUps, now, zone, null);
  }

  /** The probability the customer is still alive today; null without a model or without a purchase day. */
  public Double probabilityAlive() {
    if (alive == null || purchaseDays.isEmpty()) {
      return null;
    }
    double p = alive.probabilityAlive(purchaseDays, today());
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalStateException("probability alive must be 0 to 1, the model gave " + p);
    }
    return p;
  }

  /** Today in the tenant's calendar. */
  public LocalDate today() {
    return LocalDate.ofInstant(now, zone);
  }

  /** The same facts judged at another instant (not before any of them). */
  public HealthInputs at(Instant instant) {
    return new HealthInputs(purchaseDays, surveyResponses, followUps, instant, zone, alive);
  }
}

package io.customerintel.domain.health;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.survey.SurveyResponseId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds one customer's health inputs from purchases, survey invitations, answers and follow-ups. */
final class HealthCustomer {
  private static final CustomerId ID = new CustomerId(1);
  private final ZoneId zone;
  private final List<PurchaseDayTotal> days = new ArrayList<>();
  private final List<SurveyResponse> responses = new ArrayList<>();
  private final List<Instant> followUps = new ArrayList<>();

  private HealthCustomer(ZoneId zone) {
    this.zone = zone;
  }

  static HealthCustomer customer() {
    return new HealthCustomer(ZoneOffset.UTC);
  }

  static HealthCustomer customerIn(ZoneId zone) {
    return new HealthCustomer(zone);
  }

  static Instant noon(LocalDate day) {
    return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
  }

  HealthCustomer boughtOn(LocalDate... purchaseDays) {
    for (LocalDate day : purchaseDays) {
      bought(day, "100");
    }
    return this;
  }

  HealthCustomer bought(LocalDate day, String revenue) {
    Instant at = day.atTime(LocalTime.NOON).atZone(zone).toInstant();
    days.add(new PurchaseDayTotal(day, 1, new BigDecimal(revenue), at, at));
    return this;
  }

  HealthCustomer invitedAt(Instant sentAt) {
    responses.add(new SurveyResponse(new SurveyResponseId(responses.size() + 1), ID, "s", sentAt,
        null, null, null, null, null, null));
    return this;
  }

  HealthCustomer answered(Instant at, Integer recommend, Boolean satisfied, Boolean buyAgain, Boolean wantsContact) {
    responses.add(new SurveyResponse(new SurveyResponseId(responses.size() + 1), ID, "s", at.minusSeconds(3600),
        at, satisfied, buyAgain, recommend, wantsContact, null));
    return this;
  }

  HealthCustomer recommended(Instant at, int score) {
    return answered(at, score, null, null, null);
  }

  HealthCustomer askedForContactAt(Instant at) {
    return answered(at, null, null, null, true);
  }

  HealthCustomer followedUpAt(Instant at) {
    followUps.add(at);
    return this;
  }

  /** Everything recorded, including items after any instant a test judges at. */
  HealthEvidence evidence() {
    return new HealthEvidence(days, responses, followUps, zone);
  }

  HealthInputs at(Instant now) {
    return new HealthInputs(days, responses, followUps, now, zone);
  }

  HealthInputs on(LocalDate day) {
    return at(day.atTime(LocalTime.NOON).atZone(zone).toInstant());
  }
}

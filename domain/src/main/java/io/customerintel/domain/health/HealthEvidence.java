package io.customerintel.domain.health;

import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.customerintel.domain.survey.SurveyResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything stored about a customer's engagement, as recorded: senders may stamp items a little ahead of our clock,
 * so unlike {@link HealthInputs} this may hold the future. {@link #at} cuts it to what had happened by an instant.
 */
public record HealthEvidence(List<PurchaseDayTotal> purchaseDays, List<SurveyResponse> surveyResponses,
                             List<Instant> followUps, ZoneId zone) {
  public HealthEvidence {
    purchaseDays = List.copyOf(purchaseDays);
    surveyResponses = List.copyOf(surveyResponses);
    followUps = List.copyOf(followUps);
    Objects.requireNonNull(zone, "zone");
  }

  /** What was known at {@code instant}: later purchase days, invitations and follow-ups left out, later answers not yet given. */
  public HealthInputs at(Instant instant, AliveEstimate alive) {
    LocalDate today = LocalDate.ofInstant(instant, zone);
    List<PurchaseDayTotal> days = purchaseDays.stream().filter(d -> !d.day().isAfter(today)).toList();
    List<SurveyResponse> surveys = new ArrayList<>();
    for (SurveyResponse r : surveyResponses) {
      if (r.sentAt().isAfter(instant)) {
        continue;
      }
      surveys.add(r.respondedAt() == null || !r.respondedAt().isAfter(instant) ? r
          : new SurveyResponse(r.id(), r.customerId(), r.surveyId(), r.sentAt(), null, null, null, null, null, null));
    }
    List<Instant> followed = followUps.stream().filter(f -> !f.isAfter(instant)).toList();
    return new HealthInputs(days, surveys, followed, instant, zone, alive);
  }

  /** The first instant after {@code instant} at which a recorded item happens. */
  public Optional<Instant> nextArrivalAfter(Instant instant) {
    Instant next = null;
    LocalDate today = LocalDate.ofInstant(instant, zone);
    for (PurchaseDayTotal day : purchaseDays) {
      if (day.day().isAfter(today)) {
        next = earlier(next, day.day().atStartOfDay(zone).toInstant());
      }
    }
    for (SurveyResponse r : surveyResponses) {
      next = r.sentAt().isAfter(instant) ? earlier(next, r.sentAt()) : next;
      next = r.respondedAt() != null && r.respondedAt().isAfter(instant) ? earlier(next, r.respondedAt()) : next;
    }
    for (Instant followUp : followUps) {
      next = followUp.isAfter(instant) ? earlier(next, followUp) : next;
    }
    return Optional.ofNullable(next);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}

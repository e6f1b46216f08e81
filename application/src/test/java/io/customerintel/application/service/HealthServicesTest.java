package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.HealthModelUseCase;
import io.customerintel.application.port.in.RecordFollowUpUseCase;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.health.HealthTrend;
import io.customerintel.domain.health.SignalCodes;
import io.customerintel.domain.tenant.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Follow-ups, the health model and the health history through their use cases. */
class HealthServicesTest {
  Fakes fakes;
  AuthenticatedTenant tenant;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    Tenant created = await(fakes.tenants.create("acme", Currency.getInstance("EUR"), ZoneOffset.UTC, new byte[] {1},
        List.of()));
    tenant = AuthenticatedTenant.of(created);
    fakes.store.seedCustomer(tenant.tenantId(), "ann");
  }

  private Customer ann() {
    return fakes.store.customer(tenant.tenantId(), "ann").orElseThrow();
  }

  private RecordFollowUpUseCase.Command followUp(String customer, Instant at, String by) {
    return new RecordFollowUpUseCase.Command(tenant, customer, at, by, "called");
  }

  private HealthModelUseCase.Command model(Double recency, Integer healthy, Integer neutral, Integer atRisk) {
    return new HealthModelUseCase.Command(tenant, recency, null, null, null, null, null, healthy, neutral, atRisk,
        null, null, null, null);
  }

  @Test
  void aFollowUpClearsTheUnansweredContactRequest() {
    Instant asked = Fakes.NOW.minus(Duration.ofDays(4));
    await(new SurveyIngestionService(fakes.customers, fakes.surveys, Fakes.CLOCK, fakes.changes).recordSurveyResponses(
        new RecordSurveyResponsesUseCase.Command(tenant, List.of(new RecordSurveyResponsesUseCase.Item("ann", "s1",
            asked.minusSeconds(60), asked, null, null, null, true, "call me")))));
    assertTrue(ann().health().has(SignalCodes.UNANSWERED_CONTACT_REQUEST));

    FollowUpService service = new FollowUpService(fakes.customers, fakes.followUps, Fakes.CLOCK, fakes.changes);
    var result = await(service.recordFollowUp(followUp("ann", asked.plus(Duration.ofHours(1)), "Bea")));

    assertTrue(result.followUp().isPresent());
    assertFalse(ann().health().has(SignalCodes.UNANSWERED_CONTACT_REQUEST));
    assertEquals(tenant.tenantId(), fakes.changes.changed.get(fakes.changes.changed.size() - 1),
        "the tenant's cached reports are invalidated");
  }

  @Test
  void aFollowUpNeedsAKnownCustomerAPersonAndAPastTime() {
    FollowUpService service = new FollowUpService(fakes.customers, fakes.followUps, Fakes.CLOCK, fakes.changes);
    assertEquals(List.of("UNKNOWN_CUSTOMER"), codes(await(service.recordFollowUp(
        followUp("nobody", Fakes.NOW, "Bea"))).userErrors()));
    assertEquals(List.of("IN_FUTURE", "REQUIRED"), codes(await(service.recordFollowUp(
        followUp("ann", Fakes.NOW.plus(Duration.ofDays(3)), " "))).userErrors()).stream().sorted().toList());
  }

  private static List<String> codes(List<UserError> errors) {
    return errors.stream().map(UserError::code).toList();
  }

  @Test
  void aChangedModelKeepsWhatWasNotGivenAndRejudgesEveryone() {
    HealthModelService service = new HealthModelService(fakes.tenants, fakes.catchUp, Fakes.CLOCK, fakes.changes);
    await(fakes.catchUp.catchUp(tenant.tenantId(), tenant.rules(), Fakes.NOW));
    assertEquals(HealthBand.NEUTRAL, ann().health().band());

    var result = await(service.configure(model(null, 90, 80, 60)));

    HealthPolicy saved = result.model().orElseThrow();
    assertEquals(HealthPolicy.DEFAULT.recencyWeight(), saved.recencyWeight());
    assertEquals(90, saved.healthyFrom());
    assertEquals(saved, await(fakes.tenants.findByName("acme")).orElseThrow().healthPolicy());
    assertEquals(HealthBand.CRITICAL, ann().health().band(), "50 is below the new at-risk line of 60");
    assertEquals(List.of(tenant.tenantId()), fakes.changes.changed, "the tenant's cached reports are invalidated");
  }

  @Test
  void weightsMustNotBeNegativeNorAllZeroAndBandsMustDescend() {
    HealthModelService service = new HealthModelService(fakes.tenants, fakes.catchUp, Fakes.CLOCK, fakes.changes);
    UserError negative = await(service.configure(model(-1.0, null, null, null))).userErrors().get(0);
    assertEquals(List.of("weights", "recency"), negative.field());
    assertEquals("OUT_OF_RANGE", negative.code());

    var allZero = await(service.configure(new HealthModelUseCase.Command(tenant, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, null,
        null, null, null, null, null, null)));
    assertEquals(List.of("weights"), allZero.userErrors().get(0).field());

    var bands = await(service.configure(model(null, 50, 60, 10)));
    assertEquals("INVALID_RANGE", bands.userErrors().get(0).code());
    assertEquals(HealthPolicy.DEFAULT, await(fakes.tenants.findByName("acme")).orElseThrow().healthPolicy(),
        "a refused change stores nothing");
  }

  @Test
  void theTrendComparesWithTheScoreThirtyDaysEarlier() {
    // ann's line: assessed 40 days ago at the no-evidence 50, then at 80 now
    HealthHistoryService history = new HealthHistoryService(fakes.healthHistory, Fakes.CLOCK);
    Instant fortyDaysAgo = Fakes.NOW.minus(Duration.ofDays(40));
    await(fakes.catchUp.catchUp(tenant.tenantId(), tenant.rules(), fortyDaysAgo));
    Map<?, HealthTrend> trends = await(history.trends(tenant, Map.of(ann().id(), 80)));
    assertEquals(HealthTrend.UP, trends.get(ann().id()));
    assertEquals(HealthTrend.FLAT, await(history.trends(tenant, Map.of(ann().id(), 52))).get(ann().id()));
  }

  @Test
  void aHistoryOfZeroDaysOrMoreThanTenYearsIsRefused() {
    HealthHistoryService history = new HealthHistoryService(fakes.healthHistory, Clock.fixed(Fakes.NOW, ZoneOffset.UTC));
    for (int days : new int[] {0, 3651}) {
      assertEquals(ErrorCodes.BAD_USER_INPUT,
          Fakes.refusal(() -> history.history(tenant, List.of(ann().id()), days)).code());
    }
    assertEquals(1, await(history.history(tenant, List.of(ann().id()), 3650)).size());
  }
}

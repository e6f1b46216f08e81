package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.otherTenant;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.fakes.InMemoryWinBackAttempts;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.WinBackAttemptsUseCase.Command;
import io.customerintel.application.port.in.WinBackAttemptsUseCase.Result;
import io.customerintel.domain.winback.WinBackChannel;
import io.customerintel.domain.winback.WinBackKind;
import io.customerintel.domain.winback.WinBackOutcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WinBackAttemptServiceTest {
  private static final Instant AT = NOW.minus(Duration.ofDays(1));
  private Fakes fakes;
  private InMemoryWinBackAttempts attempts;
  private WinBackAttemptService service;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    fakes.store.seedCustomer(TENANT_ID, "prospect");
    attempts = new InMemoryWinBackAttempts();
    service = new WinBackAttemptService(fakes.customers, attempts, Fakes.CLOCK);
  }

  private Result record(AuthenticatedTenant tenant, String customer, WinBackOutcome outcome, String notes) {
    return await(service.record(new Command(tenant, customer, WinBackChannel.EMAIL, outcome, notes, AT)));
  }

  @Test
  void anAttemptIsStoredWithTheListTheCustomerWasOnThatDay() {
    Result result = record(tenant(), "prospect", WinBackOutcome.INTERESTED, "asked for a quote");
    assertTrue(result.userErrors().isEmpty(), result.userErrors().toString());
    assertEquals(WinBackKind.UNCONVERTED_PROSPECT, result.attempt().orElseThrow().kind());
  }

  @Test
  void theSameAttemptAgainReturnsTheStoredOneWithoutASecondRow() {
    Result first = record(tenant(), "prospect", WinBackOutcome.DECLINED, null);
    Result again = record(tenant(), "prospect", WinBackOutcome.DECLINED, null);
    assertEquals(first.attempt(), again.attempt());
    assertEquals(1, attempts.all().size());
  }

  @Test
  void aRetryThatSaysSomethingElseIsRefusedAndTheStoredAttemptKept() {
    record(tenant(), "prospect", WinBackOutcome.DECLINED, null);
    Result changed = record(tenant(), "prospect", WinBackOutcome.INTERESTED, null);
    assertEquals("IDEMPOTENCY_CONFLICT", changed.userErrors().get(0).code());
    assertEquals(WinBackOutcome.DECLINED, attempts.all().get(0).outcome());
  }

  @Test
  void anotherTenantsCustomerIsUnknown() {
    Result result = record(otherTenant(), "prospect", WinBackOutcome.DECLINED, null);
    assertEquals("UNKNOWN_CUSTOMER", result.userErrors().get(0).code());
    assertTrue(attempts.all().isEmpty());
  }

  @Test
  void missingChannelAndOutcomeAreEachReported() {
    Result result = await(service.record(new Command(tenant(), "prospect", null, null, null, AT)));
    assertEquals(2, result.userErrors().size());
    assertTrue(result.userErrors().stream().allMatch(e -> e.code().equals("REQUIRED")));
  }
}

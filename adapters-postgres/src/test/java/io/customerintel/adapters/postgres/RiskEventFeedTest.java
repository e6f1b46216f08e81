package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.risk.PgRiskEventFeed;
import io.customerintel.adapters.postgres.setup.PgPools;
import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.NewCancellationRequest;
import io.customerintel.application.port.out.NewSurveyResponse;
import io.customerintel.application.port.out.RiskEvent;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.SignalCodes;
import io.customerintel.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class RiskEventFeedTest {
  private final PostgresAdapters adapters = PgFixture.adapters();
  private PgRiskEventFeed feed;

  @BeforeEach
  void listen() {
    feed = new PgRiskEventFeed();
    await(feed.start(ScratchDatabase.vertx(), PgPools.connectOptions(ScratchDatabase.settings())).toCompletionStage());
  }

  @AfterEach
  void stop() {
    feed.close();
  }

  @Test
  void aGainedSignalIsAnnouncedToItsTenantOnlyOnceCommitted() throws Exception {
    Tenant tenant = PgFixture.newTenant(adapters);
    Tenant other = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    BlockingQueue<RiskEvent> mine = listen(tenant);
    BlockingQueue<RiskEvent> theirs = listen(other);
    Instant asked = NOW.minus(Duration.ofDays(5));

    await(adapters.surveyResponses().upsert(tenant.id(), List.of(new NewSurveyResponse(ann, "s1",
        asked.minusSeconds(60), asked, null, null, null, true, "call me")), RULES, NOW));

    RiskEvent event = mine.poll(2, TimeUnit.SECONDS);
    assertEquals(ann, event.customerId());
    assertEquals(tenant.id(), event.tenantId());
    assertTrue(event.newSignals().contains(SignalCodes.UNANSWERED_CONTACT_REQUEST), event.toString());
    assertEquals(NOW, event.at());
    assertNull(theirs.poll(300, TimeUnit.MILLISECONDS), "another tenant's listener hears nothing");
  }

  @Test
  void theCatchUpAnnouncesACustomerWhoBecameOverdueByTimeAlone() throws Exception {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    await(adapters.purchases().record(tenant.id(), List.of(purchase(ann, "a", NOW.minus(Duration.ofDays(1)), "40")),
        RULES, NOW));
    BlockingQueue<RiskEvent> events = listen(tenant);

    await(adapters.catchUp().catchUp(tenant.id(), RULES, NOW.plus(Duration.ofDays(200))));

    RiskEvent event = events.poll(2, TimeUnit.SECONDS);
    assertEquals(ann, event.customerId());
    assertTrue(event.newSignals().contains(SignalCodes.OVERDUE_PURCHASE), event.toString());
  }

  @Test
  void aCancellationRequestIsAnnouncedOnceAndItsRetryNotAgain() throws Exception {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    BlockingQueue<RiskEvent> events = listen(tenant);
    var asked = new NewCancellationRequest(ann, "CANNOT_AFFORD", NOW.minus(Duration.ofHours(1)));

    await(adapters.cancellationRequests().open(tenant.id(), asked, ZoneOffset.UTC));
    await(adapters.cancellationRequests().open(tenant.id(), asked, ZoneOffset.UTC));

    RiskEvent event = events.poll(2, TimeUnit.SECONDS);
    assertEquals(RiskEvent.CANCELLATION_REQUESTED, event.cause());
    assertEquals(ann, event.customerId());
    assertEquals(asked.requestedAt(), event.at());
    assertNull(events.poll(300, TimeUnit.MILLISECONDS), "the retry stored nothing, so it announces nothing");
  }

  private BlockingQueue<RiskEvent> listen(Tenant tenant) {
    BlockingQueue<RiskEvent> events = new LinkedBlockingQueue<>();
    feed.listen(tenant.id(), events::add);
    return events;
  }
}

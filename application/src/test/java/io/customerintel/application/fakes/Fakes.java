package io.customerintel.application.fakes;

import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** One in-memory store with a fake for every outgoing port, a fixed clock and test tenants. */
public final class Fakes {
  public static final Instant NOW = Instant.parse("2025-03-15T10:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final TenantId TENANT_ID = new TenantId(1_000_000);
  public static final TenantId OTHER_TENANT_ID = new TenantId(2_000_000);

  public final InMemoryStore store = new InMemoryStore();
  public final InMemoryCustomers customers = new InMemoryCustomers(store);
  public final InMemoryPurchaseLedger ledger = new InMemoryPurchaseLedger(store);
  public final InMemoryDefections defections = new InMemoryDefections(store);
  public final InMemoryDefectionReasons reasons = new InMemoryDefectionReasons(store);
  public final InMemorySurveyResponses surveys = new InMemorySurveyResponses(store);
  public final InMemoryTenants tenants = new InMemoryTenants(store);
  public final InMemoryRevenueRanking ranking = new InMemoryRevenueRanking(store);
  public final InMemoryFollowUps followUps = new InMemoryFollowUps(store);
  public final InMemoryOpenFollowUps openFollowUps = new InMemoryOpenFollowUps(store);
  public final InMemorySurveyEngagementCensus engagement = new InMemorySurveyEngagementCensus(store);
  public final InMemoryCatchUp catchUp = new InMemoryCatchUp(store);
  public final InMemoryHealthHistory healthHistory = new InMemoryHealthHistory(store);
  public final InMemorySegmentCensus census = new InMemorySegmentCensus(store);
  public final InMemoryFlowLedger flow = new InMemoryFlowLedger();
  public final InMemoryDefectionAnalysis defectionAnalysis = new InMemoryDefectionAnalysis(store);
  public final FakeCatchUp recordingCatchUp = new FakeCatchUp();
  public final RecordingChanges changes = new RecordingChanges();

  public Fakes() {
    store.seedReasons(TENANT_ID, DefaultDefectionReasons.ALL);
    store.seedReasons(OTHER_TENANT_ID, DefaultDefectionReasons.ALL);
  }

  public static AuthenticatedTenant tenant() {
    return new AuthenticatedTenant(TENANT_ID, "acme", "EUR", ZoneOffset.UTC);
  }

  public static AuthenticatedTenant tenantIn(ZoneId zone) {
    return new AuthenticatedTenant(TENANT_ID, "acme", "EUR", zone);
  }

  public static AuthenticatedTenant tenantWith(LifecyclePolicy policy) {
    return new AuthenticatedTenant(TENANT_ID, "acme", "EUR", ZoneOffset.UTC, policy);
  }

  public static AuthenticatedTenant otherTenant() {
    return new AuthenticatedTenant(OTHER_TENANT_ID, "globex", "USD", ZoneOffset.UTC);
  }

  /** The result of a use case call. */
  public static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The refusal of a use case call, whether thrown at once or delivered through the stage. */
  public static UseCaseException refusal(Supplier<? extends CompletionStage<?>> call) {
    try {
      await(call.get());
    } catch (UseCaseException e) {
      return e;
    }
    throw new AssertionError("expected the call to be refused with a UseCaseException");
  }
}

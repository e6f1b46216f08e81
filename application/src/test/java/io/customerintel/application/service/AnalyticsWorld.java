package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.await;

import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.fakes.MutableClock;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.RecordDefectionUseCase;
import io.customerintel.application.port.in.RecordPurchasesUseCase;
import io.customerintel.application.port.in.UpsertCustomersUseCase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The analytics service and every write service on one in-memory store, sharing one cache and one movable clock. */
final class AnalyticsWorld {
  final Fakes fakes = new Fakes();
  final MutableClock clock = new MutableClock(Fakes.NOW);
  final AnalyticsCache cache = new AnalyticsCache(clock);
  final AnalyticsService analytics = new AnalyticsService(fakes.census, fakes.flow, fakes.defectionAnalysis,
      fakes.ranking, fakes.recordingCatchUp, cache, clock);
  final CustomerIngestionService customers = new CustomerIngestionService(fakes.customers, clock, cache);
  final PurchaseIngestionService purchases = new PurchaseIngestionService(fakes.customers, fakes.ledger, clock, cache);
  final SurveyIngestionService surveys = new SurveyIngestionService(fakes.customers, fakes.surveys, clock, cache);
  final DefectionService defections = new DefectionService(fakes.customers, fakes.defections, fakes.reasons,
      fakes.ranking, clock, cache);
  final DefectionReasonService reasons = new DefectionReasonService(fakes.reasons, cache);

  void customer(AuthenticatedTenant tenant, String externalId) {
    await(customers.upsertCustomers(new UpsertCustomersUseCase.Command(tenant,
        List.of(new UpsertCustomersUseCase.Item(externalId, null, null, null)))));
  }

  void purchase(AuthenticatedTenant tenant, String customer, Instant at, String amount) {
    RecordPurchasesUseCase.Result result = await(purchases.recordPurchases(new RecordPurchasesUseCase.Command(tenant,
        List.of(new RecordPurchasesUseCase.Item(customer, customer + "@" + at, at, new BigDecimal(amount), 1)))));
    if (result.recorded() != 1) {
      throw new AssertionError("purchase not recorded: " + result);
    }
  }

  void defection(AuthenticatedTenant tenant, String customer, Instant at, String reason, String lostAnnualValue) {
    RecordDefectionUseCase.Result result = await(defections.recordDefection(new RecordDefectionUseCase.Command(tenant,
        customer, at, reason, null, null, lostAnnualValue == null ? null : new BigDecimal(lostAnnualValue))));
    if (result.defection().isEmpty()) {
      throw new AssertionError("defection not recorded: " + result.userErrors());
    }
  }
}

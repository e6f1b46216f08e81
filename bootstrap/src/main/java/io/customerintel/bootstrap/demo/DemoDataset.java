package io.customerintel.bootstrap.demo;

import io.customerintel.application.port.in.RecordPurchasesUseCase;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.application.port.in.UpsertCustomersUseCase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The generated demo data, as use case input items. Customers are ordered by external id; purchases,
 * survey responses and defections are grouped by customer in the same order (purchases by time within one).
 */
public record DemoDataset(List<UpsertCustomersUseCase.Item> customers, List<RecordPurchasesUseCase.Item> purchases,
                          List<RecordSurveyResponsesUseCase.Item> surveyResponses, List<Defection> defections) {

  public DemoDataset {
    customers = List.copyOf(customers);
    purchases = List.copyOf(purchases);
    surveyResponses = List.copyOf(surveyResponses);
    defections = List.copyOf(defections);
  }

  /** One defection as the generator makes it; the loader adds the tenant. */
  public record Defection(String customerExternalId, Instant occurredAt, String reasonCode, String detail,
                          String competitor, BigDecimal lostAnnualValue) {
    public Defection {
      Objects.requireNonNull(customerExternalId, "customerExternalId");
      Objects.requireNonNull(occurredAt, "occurredAt");
      Objects.requireNonNull(reasonCode, "reasonCode");
    }
  }
}

package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.DefectionDto;
import io.customerintel.adapters.graphql.dto.FollowUpDto;
import io.customerintel.adapters.graphql.dto.HealthModelDto;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.DefineDefectionReasonUseCase;
import io.customerintel.application.port.in.HealthModelUseCase;
import io.customerintel.application.port.in.RecordDefectionUseCase;
import io.customerintel.application.port.in.RecordFollowUpUseCase;
import io.customerintel.application.port.in.RecordPurchasesUseCase;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.application.port.in.UpsertCustomersUseCase;
import io.customerintel.domain.defection.DefectionCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Mutation root: arguments to a command, the use case, the result to a payload. */
public final class MutationWiring {
  private final UseCases useCases;

  public MutationWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("upsertCustomers", this::upsertCustomers)
        .dataFetcher("recordPurchases", this::recordPurchases)
        .dataFetcher("recordSurveyResponses", this::recordSurveyResponses)
        .dataFetcher("recordDefection", this::recordDefection)
        .dataFetcher("defineDefectionReason", this::defineDefectionReason)
        .dataFetcher("recordFollowUp", this::recordFollowUp)
        .dataFetcher("configureHealthModel", this::configureHealthModel));
  }

  private CompletableFuture<UpsertCustomersUseCase.Result> upsertCustomers(DataFetchingEnvironment env) {
    List<UpsertCustomersUseCase.Item> items = new ArrayList<>();
    List<Map<String, Object>> input = Fetchers.inputList(env);
    for (int i = 0; i < input.size(); i++) {
      Map<String, Object> item = input.get(i);
      items.add(new UpsertCustomersUseCase.Item((String) item.get("externalId"), (String) item.get("name"),
          attributes(item.get("attributes"), i), instant(item.get("firstSeenAt"))));
    }
    return useCases.upsertCustomers()
        .upsertCustomers(new UpsertCustomersUseCase.Command(Fetchers.tenant(env), items,
            env.getArgument("idempotencyKey"))).toCompletableFuture();
  }

  private CompletableFuture<RecordPurchasesUseCase.Result> recordPurchases(DataFetchingEnvironment env) {
    List<RecordPurchasesUseCase.Item> items = Fetchers.inputList(env).stream()
        .map(item -> new RecordPurchasesUseCase.Item((String) item.get("customerExternalId"),
            (String) item.get("externalId"), instant(item.get("occurredAt")), (BigDecimal) item.get("amount"),
            (Integer) item.get("quantity")))
        .toList();
    return useCases.recordPurchases()
        .recordPurchases(new RecordPurchasesUseCase.Command(Fetchers.tenant(env), items)).toCompletableFuture();
  }

  private CompletableFuture<RecordSurveyResponsesUseCase.Result> recordSurveyResponses(DataFetchingEnvironment env) {
    List<RecordSurveyResponsesUseCase.Item> items = Fetchers.inputList(env).stream()
        .map(item -> new RecordSurveyResponsesUseCase.Item((String) item.get("customerExternalId"),
            (String) item.get("surveyId"), instant(item.get("sentAt")), instant(item.get("respondedAt")),
            (Boolean) item.get("satisfied"), (Boolean) item.get("wouldPurchaseAgain"),
            (Integer) item.get("likelihoodToRecommend"), (Boolean) item.get("wantsContact"),
            (String) item.get("comment")))
        .toList();
    return useCases.recordSurveyResponses()
        .recordSurveyResponses(new RecordSurveyResponsesUseCase.Command(Fetchers.tenant(env), items,
            env.getArgument("idempotencyKey")))
        .toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> recordDefection(DataFetchingEnvironment env) {
    Map<String, Object> input = env.getArgument("input");
    AuthenticatedTenant tenant = Fetchers.tenant(env);
    RecordDefectionUseCase.Command command = new RecordDefectionUseCase.Command(tenant,
        (String) input.get("customerExternalId"), instant(input.get("occurredAt")), (String) input.get("reasonCode"),
        (String) input.get("detail"), (String) input.get("competitor"), (BigDecimal) input.get("lostAnnualValue"),
        (String) input.get("idempotencyKey"));
    Currency currency = Currency.getInstance(tenant.currency());
    return useCases.recordDefection().recordDefection(command).thenApply(result -> {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("defection", result.defection().map(d -> DefectionDto.of(d, currency)).orElse(null));
      payload.put("userErrors", result.userErrors());
      return payload;
    }).toCompletableFuture();
  }

  private CompletableFuture<DefineDefectionReasonUseCase.Result> defineDefectionReason(DataFetchingEnvironment env) {
    DefineDefectionReasonUseCase.Command command = new DefineDefectionReasonUseCase.Command(Fetchers.tenant(env),
        env.getArgument("code"), env.getArgument("label"),
        Fetchers.enumValue(env.getArgument("category"), DefectionCategory.class), env.getArgument("avoidable"));
    return useCases.defineDefectionReason().defineDefectionReason(command).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> recordFollowUp(DataFetchingEnvironment env) {
    Map<String, Object> input = env.getArgument("input");
    RecordFollowUpUseCase.Command command = new RecordFollowUpUseCase.Command(Fetchers.tenant(env),
        (String) input.get("customerExternalId"), instant(input.get("at")), (String) input.get("by"),
        (String) input.get("notes"), (String) input.get("idempotencyKey"));
    return useCases.recordFollowUp().recordFollowUp(command).thenApply(result -> {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("followUp", result.followUp().map(FollowUpDto::of).orElse(null));
      payload.put("userErrors", result.userErrors());
      return payload;
    }).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> configureHealthModel(DataFetchingEnvironment env) {
    Map<String, Object> input = env.getArgument("input");
    @SuppressWarnings("unchecked")
    Map<String, Object> weights = input.get("weights") == null ? Map.of() : (Map<String, Object>) input.get("weights");
    HealthModelUseCase.Command command = new HealthModelUseCase.Command(Fetchers.tenant(env),
        (Double) weights.get("recency"), (Double) weights.get("purchaseTrend"), (Double) weights.get("surveyAnswers"),
        (Double) weights.get("responseRate"), (Double) weights.get("contactRequests"),
        (Double) weights.get("probabilityAlive"), (Integer) input.get("healthyFrom"),
        (Integer) input.get("neutralFrom"), (Integer) input.get("atRiskFrom"),
        (Integer) input.get("defaultExpectedGapDays"), (Integer) input.get("followUpDeadlineHours"),
        (Integer) input.get("spendWindowDays"), (Double) input.get("spendDeclineRatio"));
    return useCases.healthModel().configure(command).thenApply(result -> {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("healthModel", result.model().map(HealthModelDto::of).orElse(null));
      payload.put("userErrors", result.userErrors());
      return payload;
    }).toCompletableFuture();
  }

  private static Instant instant(Object value) {
    return value == null ? null : ((OffsetDateTime) value).toInstant();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> attributes(Object value, int index) {
    if (value == null || value instanceof Map) {
      return (Map<String, Object>) value;
    }
    throw new UseCaseException(ErrorCodes.BAD_USER_INPUT, "input[" + index + "].attributes must be a JSON object",
        Map.of("index", index, "field", List.of("attributes")));
  }
}

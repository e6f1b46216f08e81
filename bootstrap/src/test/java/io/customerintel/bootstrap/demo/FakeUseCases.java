package io.customerintel.bootstrap.demo;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.ManageTenantsUseCase;
import io.customerintel.application.port.in.RecordDefectionUseCase;
import io.customerintel.application.port.in.RecordPurchasesUseCase;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.application.port.in.UpsertCustomersUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.domain.customer.AttributeRules;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.InputRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * In-memory stand-ins for the ingestion use cases: they record every command, store idempotently by the
 * same keys as the real services, and refuse what the real validation refuses (stricter on time: nothing
 * after now at all). With an executor they answer asynchronously, to exercise the concurrent path.
 */
final class FakeUseCases {
  private static final Pattern API_KEY = Pattern.compile("[A-Za-z0-9_-]{16,128}");
  private static final Set<String> REASONS = new HashSet<>(
      DefaultDefectionReasons.ALL.stream().map(DefectionReason::code).toList());

  final Clock clock;
  private final Executor executor;
  private final ZoneId zoneOfNewTenants;

  final Map<String, Tenant> tenants = new LinkedHashMap<>();
  final List<ManageTenantsUseCase.CreateTenant> creates = Collections.synchronizedList(new ArrayList<>());
  final List<String> installedKeys = Collections.synchronizedList(new ArrayList<>());
  final List<UpsertCustomersUseCase.Command> customerCommands = Collections.synchronizedList(new ArrayList<>());
  final List<RecordPurchasesUseCase.Command> purchaseCommands = Collections.synchronizedList(new ArrayList<>());
  final List<RecordSurveyResponsesUseCase.Command> surveyCommands = Collections.synchronizedList(new ArrayList<>());
  final List<RecordDefectionUseCase.Command> defectionCommands = Collections.synchronizedList(new ArrayList<>());

  final Set<String> customers = Collections.synchronizedSet(new HashSet<>());
  final Set<String> purchases = Collections.synchronizedSet(new HashSet<>());
  final Set<List<String>> surveyResponses = Collections.synchronizedSet(new HashSet<>());
  final Set<List<Object>> defections = Collections.synchronizedSet(new HashSet<>());

  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  /** When set, the purchase batch with this number (0-based) answers with a user error. */
  volatile int failingPurchaseBatch = -1;
  /** When set, the tenant appears only after createTenant failed with CONFLICT (a concurrent creator). */
  volatile boolean conflictOnCreate;

  FakeUseCases(Clock clock) {
    this(clock, null, clock.getZone());
  }

  FakeUseCases(Clock clock, Executor executor, ZoneId zoneOfNewTenants) {
    this.clock = clock;
    this.executor = executor;
    this.zoneOfNewTenants = zoneOfNewTenants;
  }

  DemoData demoData() {
    return new DemoData(tenantsUseCase(), this::upsert, this::recordPurchases, this::recordSurveys,
        this::recordDefection, clock);
  }

  Tenant addTenant(String name, ZoneId zone) {
    Tenant tenant = new Tenant(new TenantId(tenants.size() + 1L), name, Currency.getInstance("EUR"), zone,
        LifecyclePolicy.DEFAULT, clock.instant());
    tenants.put(name, tenant);
    return tenant;
  }

  ManageTenantsUseCase tenantsUseCase() {
    return new ManageTenantsUseCase() {
      @Override
      public CompletionStage<CreatedTenant> createTenant(CreateTenant command) {
        creates.add(command);
        if (conflictOnCreate) {
          addTenant(command.name(), zoneOfNewTenants);
          return CompletableFuture.failedFuture(new UseCaseException(ErrorCodes.CONFLICT, "name taken"));
        }
        if (tenants.containsKey(command.name())) {
          return CompletableFuture.failedFuture(new UseCaseException(ErrorCodes.CONFLICT, "name taken"));
        }
        return answer(() -> new CreatedTenant(addTenant(command.name(), command.zone()), "ci_random_key_of_the_tenant"));
      }

      @Override
      public CompletionStage<List<Tenant>> listTenants() {
        return answer(() -> List.copyOf(tenants.values()));
      }

      @Override
      public CompletionStage<Void> installApiKey(TenantId tenantId, String apiKey) {
        if (apiKey == null || !API_KEY.matcher(apiKey).matches()) {
          return CompletableFuture.failedFuture(new UseCaseException(ErrorCodes.BAD_USER_INPUT, "bad key"));
        }
        installedKeys.add(tenantId.value() + ":" + apiKey);
        return answer(() -> null);
      }

      @Override
      public CompletionStage<Optional<Tenant>> findTenant(String name) {
        return answer(() -> Optional.ofNullable(tenants.get(name)));
      }
    };
  }

  private CompletionStage<UpsertCustomersUseCase.Result> upsert(UpsertCustomersUseCase.Command command) {
    customerCommands.add(command);
    return track(() -> {
      Instant now = clock.instant();
      List<UserError> errors = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < command.items().size(); i++) {
        UpsertCustomersUseCase.Item item = command.items().get(i);
        List<FieldProblem> problems = new ArrayList<>();
        InputRules.key("externalId", item.externalId(), problems);
        InputRules.text("name", item.name(), InputRules.MAX_NAME_LENGTH, problems);
        AttributeRules.check(item.attributes(), problems);
        if (item.firstSeenAt() != null) {
          notAfterNow("firstSeenAt", item.firstSeenAt(), now, problems);
        }
        if (problems.isEmpty() && !seen.add(item.externalId())) {
          problems.add(FieldProblem.of("externalId", "DUPLICATE_IN_BATCH", "twice"));
        }
        add(errors, i, problems);
      }
      if (errors.isEmpty()) {
        command.items().forEach(item -> customers.add(item.externalId()));
      }
      return new UpsertCustomersUseCase.Result(errors.isEmpty() ? command.items().size() : 0, errors);
    });
  }

  private CompletionStage<RecordPurchasesUseCase.Result> recordPurchases(RecordPurchasesUseCase.Command command) {
    int batch;
    synchronized (purchaseCommands) {
      batch = purchaseCommands.size();
      purchaseCommands.add(command);
    }
    return track(() -> {
      Instant now = clock.instant();
      List<UserError> errors = new ArrayList<>();
      for (int i = 0; i < command.items().size(); i++) {
        RecordPurchasesUseCase.Item item = command.items().get(i);
        List<FieldProblem> problems = new ArrayList<>();
        InputRules.key("customerExternalId", item.customerExternalId(), problems);
        InputRules.key("externalId", item.externalId(), problems);
        notAfterNow("occurredAt", item.occurredAt(), now, problems);
        InputRules.amount("amount", item.amount(), problems);
        if (item.quantity() != null && item.quantity() < 1) {
          problems.add(FieldProblem.of("quantity", "OUT_OF_RANGE", "quantity"));
        }
        if (problems.isEmpty() && !customers.contains(item.customerExternalId())) {
          problems.add(FieldProblem.of("customerExternalId", "UNKNOWN_CUSTOMER", "unknown"));
        }
        if (batch == failingPurchaseBatch && i == 0) {
          problems.add(FieldProblem.of("amount", "INVALID_AMOUNT", "made to fail"));
        }
        add(errors, i, problems);
      }
      int recorded = 0;
      int duplicates = 0;
      if (errors.isEmpty()) {
        for (RecordPurchasesUseCase.Item item : command.items()) {
          if (purchases.add(item.externalId())) {
            recorded++;
          } else {
            duplicates++;
          }
        }
      }
      return new RecordPurchasesUseCase.Result(recorded, duplicates, errors);
    });
  }

  private CompletionStage<RecordSurveyResponsesUseCase.Result> recordSurveys(
      RecordSurveyResponsesUseCase.Command command) {
    surveyCommands.add(command);
    return track(() -> {
      Instant now = clock.instant();
      List<UserError> errors = new ArrayList<>();
      Set<List<String>> seen = new HashSet<>();
      for (int i = 0; i < command.items().size(); i++) {
        RecordSurveyResponsesUseCase.Item item = command.items().get(i);
        List<FieldProblem> problems = new ArrayList<>();
        InputRules.key("customerExternalId", item.customerExternalId(), problems);
        InputRules.key("surveyId", item.surveyId(), problems);
        notAfterNow("sentAt", item.sentAt(), now, problems);
        if (item.respondedAt() != null) {
          notAfterNow("respondedAt", item.respondedAt(), now, problems);
          if (item.sentAt() != null && item.respondedAt().isBefore(item.sentAt())) {
            problems.add(FieldProblem.of("respondedAt", "INVALID_RANGE", "before sentAt"));
          }
        }
        if (item.likelihoodToRecommend() != null
            && (item.likelihoodToRecommend() < 0 || item.likelihoodToRecommend() > 10)) {
          problems.add(FieldProblem.of("likelihoodToRecommend", "OUT_OF_RANGE", "0 to 10"));
        }
        InputRules.text("comment", item.comment(), InputRules.MAX_TEXT_LENGTH, problems);
        if (problems.isEmpty() && !customers.contains(item.customerExternalId())) {
          problems.add(FieldProblem.of("customerExternalId", "UNKNOWN_CUSTOMER", "unknown"));
        }
        if (problems.isEmpty() && !seen.add(List.of(item.customerExternalId(), item.surveyId()))) {
          problems.add(FieldProblem.of("surveyId", "DUPLICATE_IN_BATCH", "twice"));
        }
        add(errors, i, problems);
      }
      int recorded = 0;
      if (errors.isEmpty()) {
        for (RecordSurveyResponsesUseCase.Item item : command.items()) {
          if (surveyResponses.add(List.of(item.customerExternalId(), item.surveyId()))) {
            recorded++;
          }
        }
      }
      return new RecordSurveyResponsesUseCase.Result(recorded, errors);
    });
  }

  private CompletionStage<RecordDefectionUseCase.Result> recordDefection(RecordDefectionUseCase.Command command) {
    defectionCommands.add(command);
    return track(() -> {
      List<FieldProblem> problems = new ArrayList<>();
      InputRules.key("customerExternalId", command.customerExternalId(), problems);
      notAfterNow("occurredAt", command.occurredAt(), clock.instant(), problems);
      InputRules.key("reasonCode", command.reasonCode(), problems);
      InputRules.text("detail", command.detail(), InputRules.MAX_TEXT_LENGTH, problems);
      InputRules.text("competitor", command.competitor(), InputRules.MAX_NAME_LENGTH, problems);
      if (command.lostAnnualValue() != null) {
        InputRules.amount("lostAnnualValue", command.lostAnnualValue(), problems);
      }
      if (problems.isEmpty() && !customers.contains(command.customerExternalId())) {
        problems.add(FieldProblem.of("customerExternalId", "UNKNOWN_CUSTOMER", "unknown"));
      }
      if (problems.isEmpty() && !REASONS.contains(command.reasonCode())) {
        problems.add(FieldProblem.of("reasonCode", "UNKNOWN_REASON", "unknown"));
      }
      if (!problems.isEmpty()) {
        return new RecordDefectionUseCase.Result(Optional.empty(),
            problems.stream().map(p -> UserError.of(null, p)).toList());
      }
      defections.add(List.of(command.customerExternalId(), command.occurredAt(), command.reasonCode()));
      return new RecordDefectionUseCase.Result(Optional.empty(), List.of());
    });
  }

  private static void notAfterNow(String field, Instant value, Instant now, List<FieldProblem> problems) {
    if (value == null) {
      problems.add(FieldProblem.of(field, "REQUIRED", field + " is required"));
    } else if (value.isAfter(now)) {
      problems.add(FieldProblem.of(field, "IN_FUTURE", field + " is after now"));
    }
  }

  private static void add(List<UserError> errors, int index, List<FieldProblem> problems) {
    for (FieldProblem problem : problems) {
      errors.add(UserError.of(index, problem));
    }
  }

  private <T> CompletionStage<T> track(Supplier<T> work) {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    if (executor == null) {
      try {
        return CompletableFuture.completedFuture(work.get());
      } finally {
        inFlight.decrementAndGet();
      }
    }
    return CompletableFuture.supplyAsync(() -> {
      try {
        Thread.sleep(0, 200_000);
        synchronized (this) {
          return work.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        inFlight.decrementAndGet();
      }
    }, executor);
  }

  private <T> CompletionStage<T> answer(Supplier<T> value) {
    return executor == null
        ? CompletableFuture.completedFuture(value.get())
        : CompletableFuture.supplyAsync(value, executor);
  }
}

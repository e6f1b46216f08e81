package io.customerintel.application.service;

import io.customerintel.application.port.in.UpsertCustomersUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.CustomerUpsert;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.domain.customer.AttributeRules;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.InputRules;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Validates customer batches and stores the valid items in one transaction. */
public final class CustomerIngestionService implements UpsertCustomersUseCase {
  private final CustomerRepository customers;
  private final Clock clock;
  private final TenantDataChanges changes;

  public CustomerIngestionService(CustomerRepository customers, Clock clock, TenantDataChanges changes) {
    this.customers = customers;
    this.clock = clock;
    this.changes = changes;
  }

  @Override
  public CompletionStage<Result> upsertCustomers(Command command) {
    Optional<IdempotentRequest> request;
    try {
      request = IdempotentWrites.request(command.idempotencyKey(), "upsertCustomers", command.items());
    } catch (IdempotentWrites.InvalidKey invalid) {
      return CompletableFuture.completedFuture(new Result(0, List.of(invalid.userError())));
    }
    Instant now = clock.instant();
    Set<String> seen = new HashSet<>();
    BatchValidation<Item, CustomerUpsert> batch = BatchValidation.of(command.items(), (item, problems) -> {
      InputRules.key("externalId", item.externalId(), problems);
      InputRules.text("name", item.name(), InputRules.MAX_NAME_LENGTH, problems);
      AttributeRules.check(item.attributes(), problems);
      if (item.firstSeenAt() != null) {
        InputRules.notInFuture("firstSeenAt", item.firstSeenAt(), now, problems);
      }
      if (problems.isEmpty() && !seen.add(item.externalId())) {
        problems.add(FieldProblem.of("externalId", ProblemCodes.DUPLICATE_IN_BATCH,
            "externalId appears earlier in this batch"));
      }
      // an invalid item (e.g. without externalId) is only reported: building its write would throw
      return problems.isEmpty()
          ? new CustomerUpsert(item.externalId(), item.name(), item.attributes(), item.firstSeenAt(), now)
          : null;
    });
    List<CustomerUpsert> valid = batch.valid();
    CompletionStage<Integer> written = valid.isEmpty()
        ? CompletableFuture.completedFuture(0)
        : customers.upsert(command.tenant().tenantId(), valid, request)
            .whenComplete((count, failure) -> changes.changed(command.tenant().tenantId()));
    return IdempotentWrites.conflictAnswered(
        written.thenApply(count -> new Result(count, new ArrayList<>(batch.errors()))),
        problem -> new Result(0, List.of(UserError.of(null, problem))));
  }
}

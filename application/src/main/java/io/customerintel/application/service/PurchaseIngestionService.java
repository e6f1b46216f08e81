package io.customerintel.application.service;

import io.customerintel.application.port.in.RecordPurchasesUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.application.port.out.PurchaseLedger;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.InputRules;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Validates purchase batches, resolves their customers and records the valid ones. */
public final class PurchaseIngestionService implements RecordPurchasesUseCase {
  /** Quantities above this are surely a mistake (an amount sent as a quantity). */
  public static final int MAX_QUANTITY = 1_000_000;

  private final CustomerRepository customers;
  private final PurchaseLedger ledger;
  private final Clock clock;
  private final TenantDataChanges changes;

  public PurchaseIngestionService(CustomerRepository customers, PurchaseLedger ledger, Clock clock,
                                  TenantDataChanges changes) {
    this.customers = customers;
    this.ledger = ledger;
    this.clock = clock;
    this.changes = changes;
  }

  @Override
  public CompletionStage<Result> recordPurchases(Command command) {
    Instant now = clock.instant();
    BatchValidation<Item, Item> batch = BatchValidation.of(command.items(), (item, problems) -> {
      InputRules.key("customerExternalId", item.customerExternalId(), problems);
      InputRules.key("externalId", item.externalId(), problems);
      InputRules.notInFuture("occurredAt", item.occurredAt(), now, problems);
      InputRules.amount("amount", item.amount(), problems);
      if (item.quantity() != null && (item.quantity() < 1 || item.quantity() > MAX_QUANTITY)) {
        problems.add(FieldProblem.of("quantity", ProblemCodes.OUT_OF_RANGE, "quantity must be 1 to " + MAX_QUANTITY));
      }
      return item;
    });
    if (batch.valid().isEmpty()) {
      return CompletableFuture.completedFuture(new Result(0, 0, batch.errors()));
    }
    List<String> externalIds = batch.valid().stream().map(Item::customerExternalId).distinct().toList();
    return customers.idsByExternalIds(command.tenant().tenantId(), externalIds).thenCompose(ids -> {
      List<Integer> positions = new ArrayList<>();
      List<NewPurchase> purchases = toPurchases(command, batch, ids, positions);
      if (purchases.isEmpty()) {
        return CompletableFuture.completedFuture(new Result(0, 0, sortedByIndex(batch.errors())));
      }
      return ledger.record(command.tenant().tenantId(), purchases, command.tenant().rules(), now)
          .whenComplete((recorded, failure) -> changes.changed(command.tenant().tenantId()))
          .thenApply(recorded -> {
            for (int conflict : recorded.conflicts()) {
              batch.reject(positions.get(conflict), FieldProblem.of("externalId", ProblemCodes.IDEMPOTENCY_CONFLICT,
                  "a purchase with externalId '" + purchases.get(conflict).externalId()
                      + "' is already stored with other details; nothing was changed"));
            }
            return new Result(recorded.recorded(), recorded.duplicates(), sortedByIndex(batch.errors()));
          });
    });
  }

  /** The valid items with a known customer, and for each its position among the batch's valid items. */
  private static List<NewPurchase> toPurchases(Command command, BatchValidation<Item, Item> batch,
                                               Map<String, CustomerId> ids, List<Integer> positions) {
    List<NewPurchase> purchases = new ArrayList<>();
    for (int i = 0; i < batch.valid().size(); i++) {
      Item item = batch.valid().get(i);
      CustomerId customer = ids.get(item.customerExternalId());
      if (customer == null) {
        batch.reject(i, FieldProblem.of("customerExternalId", ProblemCodes.UNKNOWN_CUSTOMER,
            "no customer with externalId '" + item.customerExternalId() + "'"));
        continue;
      }
      LocalDate day = LocalDate.ofInstant(item.occurredAt(), command.tenant().zone());
      purchases.add(new NewPurchase(customer, item.externalId(), item.occurredAt(), day,
          item.amount(), item.quantity() == null ? 1 : item.quantity()));
      positions.add(i);
    }
    return purchases;
  }

  static List<UserError> sortedByIndex(List<UserError> errors) {
    List<UserError> sorted = new ArrayList<>(errors);
    sorted.sort((a, b) -> Integer.compare(a.index() == null ? -1 : a.index(), b.index() == null ? -1 : b.index()));
    return sorted;
  }
}

package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.DateRange;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.in.WinBackAttemptsUseCase;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.NewWinBackAttempt;
import io.customerintel.application.port.out.WinBackAttemptStore;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.InputRules;
import io.customerintel.domain.validation.ProblemCodes;
import io.customerintel.domain.winback.WinBackAttempt;
import io.customerintel.domain.winback.WinBackKind;
import io.customerintel.domain.winback.WinBackStats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Validates and records win-back attempts, each with the list the customer was on that day, and counts who came
 * back. A retry of the same customer, time and channel returns the stored attempt; one that says something else is
 * refused rather than overwriting it.
 */
public final class WinBackAttemptService implements WinBackAttemptsUseCase {
  private final CustomerRepository customers;
  private final WinBackAttemptStore attempts;
  private final Clock clock;

  public WinBackAttemptService(CustomerRepository customers, WinBackAttemptStore attempts, Clock clock) {
    this.customers = customers;
    this.attempts = attempts;
    this.clock = clock;
  }

  @Override
  public CompletionStage<Result> record(Command command) {
    List<FieldProblem> problems = new ArrayList<>();
    InputRules.key("customerExternalId", command.customerExternalId(), problems);
    InputRules.notInFuture("attemptedAt", command.attemptedAt(), clock.instant(), problems);
    InputRules.text("notes", command.notes(), InputRules.MAX_TEXT_LENGTH, problems);
    if (command.channel() == null) {
      problems.add(FieldProblem.of("channel", ProblemCodes.REQUIRED, "channel is required"));
    }
    if (command.outcome() == null) {
      problems.add(FieldProblem.of("outcome", ProblemCodes.REQUIRED, "outcome is required"));
    }
    if (!problems.isEmpty()) {
      return CompletableFuture.completedFuture(refused(problems));
    }
    AuthenticatedTenant tenant = command.tenant();
    return customers.byExternalId(tenant.tenantId(), command.customerExternalId()).thenCompose(found -> {
      if (found.isEmpty()) {
        return CompletableFuture.completedFuture(refused(FieldProblem.of("customerExternalId",
            ProblemCodes.UNKNOWN_CUSTOMER, "no customer with externalId '" + command.customerExternalId() + "'")));
      }
      Customer customer = found.get();
      return attempts.existing(tenant.tenantId(), customer.id(), command.attemptedAt(), command.channel())
          .thenCompose(existing -> existing.isPresent()
              ? CompletableFuture.completedFuture(answer(command, existing.get()))
              : recordNew(command, customer));
    });
  }

  private CompletionStage<Result> recordNew(Command command, Customer customer) {
    AuthenticatedTenant tenant = command.tenant();
    LocalDate day = LocalDate.ofInstant(command.attemptedAt(), tenant.zone());
    LifecycleStage stage = tenant.lifecyclePolicy().stageOn(customer.facts(), day);
    Optional<WinBackKind> kind = Arrays.stream(WinBackKind.values()).filter(k -> k.stage() == stage).findFirst();
    if (kind.isEmpty()) {
      return CompletableFuture.completedFuture(refused(FieldProblem.of("customerExternalId",
          ProblemCodes.NOT_A_WIN_BACK_CANDIDATE, "customer '" + command.customerExternalId() + "' was " + stage
              + " on " + day + ", on no win-back list")));
    }
    NewWinBackAttempt attempt = new NewWinBackAttempt(customer.id(), kind.get(), command.channel(), command.outcome(),
        command.notes(), command.attemptedAt(), day);
    // a concurrent recording of the same attempt may win the insert: the answer then compares with that one
    return attempts.record(tenant.tenantId(), attempt).thenApply(stored -> answer(command, stored));
  }

  private static Result answer(Command command, WinBackAttempt stored) {
    if (stored.sameAs(command.outcome(), command.notes())) {
      return new Result(Optional.of(stored), List.of());
    }
    return refused(FieldProblem.of("attemptedAt", ProblemCodes.IDEMPOTENCY_CONFLICT, "an attempt of this customer at "
        + command.attemptedAt() + " by " + command.channel() + " is already recorded with another outcome or notes"));
  }

  @Override
  public CompletionStage<WinBackStats> stats(AuthenticatedTenant tenant, DateRange range) {
    // one answer whatever the range's length, but a bound keeps a typo (year 20026) from scanning everything
    range.requirePeriodsAtMost(Interval.WEEK);
    return attempts.stats(tenant.tenantId(), range.from(), range.to(), WinBackStats.WON_BACK_WINDOW_DAYS);
  }

  private static Result refused(FieldProblem problem) {
    return refused(List.of(problem));
  }

  private static Result refused(List<FieldProblem> problems) {
    return new Result(Optional.empty(), problems.stream().map(p -> UserError.of(null, p)).toList());
  }
}

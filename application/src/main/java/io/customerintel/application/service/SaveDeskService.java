package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.FindCancellationRequestsUseCase;
import io.customerintel.application.port.in.RecordDefectionUseCase;
import io.customerintel.application.port.in.RecordSaveAttemptUseCase;
import io.customerintel.application.port.in.RequestCancellationUseCase;
import io.customerintel.application.port.in.RequestCancellationUseCase.Result;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.in.ViewSaveDeskStatsUseCase;
import io.customerintel.application.port.out.CancellationRequests;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.DefectionReasonRepository;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewCancellationRequest;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.savedesk.CancellationRequest;
import io.customerintel.domain.savedesk.CancellationRequestId;
import io.customerintel.domain.savedesk.CancellationStatus;
import io.customerintel.domain.savedesk.SaveAttempt;
import io.customerintel.domain.savedesk.SaveDeskRules;
import io.customerintel.domain.savedesk.SaveDeskStats;
import io.customerintel.domain.savedesk.SaveOutcome;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.IdempotencyKey;
import io.customerintel.domain.validation.InputRules;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The save desk: takes cancellation requests, records how each conversation ended, and counts the results. */
public final class SaveDeskService implements RequestCancellationUseCase, RecordSaveAttemptUseCase,
    FindCancellationRequestsUseCase, ViewSaveDeskStatsUseCase {
  private final CustomerRepository customers;
  private final DefectionReasonRepository reasons;
  private final CancellationRequests requests;
  private final RecordDefectionUseCase defections;
  private final RevenueRanking ranking;
  private final Clock clock;

  public SaveDeskService(CustomerRepository customers, DefectionReasonRepository reasons,
                         CancellationRequests requests, RecordDefectionUseCase defections, RevenueRanking ranking,
                         Clock clock) {
    this.customers = customers;
    this.reasons = reasons;
    this.requests = requests;
    this.defections = defections;
    this.ranking = ranking;
    this.clock = clock;
  }

  @Override
  public CompletionStage<Result> requestCancellation(RequestCancellationUseCase.Command command) {
    List<FieldProblem> problems = new ArrayList<>();
    InputRules.key("customerExternalId", command.customerExternalId(), problems);
    InputRules.key("reasonCode", command.reasonCode(), problems);
    InputRules.notInFuture("requestedAt", command.requestedAt(), clock.instant(), problems);
    Optional<IdempotentRequest> request = IdempotencyKey.parse(IdempotentWrites.FIELD, command.idempotencyKey(),
        problems).map(key -> IdempotentRequest.of(key, "requestCancellation", command.customerExternalId(),
            command.reasonCode(), command.requestedAt()));
    if (!problems.isEmpty()) {
      return done(refused(problems));
    }
    var tenantId = command.tenant().tenantId();
    return customers.idsByExternalIds(tenantId, List.of(command.customerExternalId()))
        .thenCombine(reasons.all(tenantId), (ids, known) -> {
          if (!ids.containsKey(command.customerExternalId())) {
            problems.add(FieldProblem.of("customerExternalId", ProblemCodes.UNKNOWN_CUSTOMER,
                "no customer with externalId '" + command.customerExternalId() + "'"));
          }
          if (reason(known, command.reasonCode()).isEmpty()) {
            problems.add(FieldProblem.of("reasonCode", ProblemCodes.UNKNOWN_REASON,
                "no defection reason with code '" + command.reasonCode() + "'; see defectionReasons"));
          }
          return ids;
        })
        .thenCompose(ids -> problems.isEmpty()
            ? IdempotentWrites.conflictAnswered(requests.open(tenantId, new NewCancellationRequest(
                ids.get(command.customerExternalId()), command.reasonCode(), command.requestedAt()),
                command.tenant().zone(), request).thenApply(SaveDeskService::stored),
                problem -> refused(List.of(problem)))
            : done(refused(problems)));
  }

  @Override
  public CompletionStage<Result> recordSaveAttempt(RecordSaveAttemptUseCase.Command command) {
    List<FieldProblem> problems = new ArrayList<>();
    InputRules.text("offer", command.offer(), InputRules.MAX_NAME_LENGTH, problems);
    InputRules.text("notes", command.notes(), InputRules.MAX_TEXT_LENGTH, problems);
    if (!problems.isEmpty()) {
      return done(refused(problems));
    }
    AuthenticatedTenant tenant = command.tenant();
    return requests.byIds(tenant.tenantId(), List.of(command.requestId()))
        .thenCombine(reasons.all(tenant.tenantId()), (found, known) -> {
          CancellationRequest request = found.get(command.requestId());
          return request == null ? null : new Found(request, reason(known, request.reasonCode()));
        })
        .thenCompose(found -> {
          if (found == null) {
            return done(refused(List.of(FieldProblem.of("requestId", ProblemCodes.NOT_FOUND,
                "no cancellation request with this id"))));
          }
          if (!found.request().isOpen()) {
            return answerClosed(tenant, found.request(), command);
          }
          Optional<String> refusal = found.reason().flatMap(reason -> SaveDeskRules.refusal(reason, command.outcome()));
          if (refusal.isPresent()) {
            return done(refused(List.of(FieldProblem.of("outcome", ProblemCodes.DO_NOT_PRESSURE, refusal.get()))));
          }
          SaveAttempt attempt = new SaveAttempt(command.outcome(), command.offer(), command.notes(), clock.instant());
          CompletionStage<CancellationRequest> closed = attempt.outcome() == SaveOutcome.LOST
              // the request is closed and its defection stored together, so an unanswered call stored both or neither
              ? lostCustomer(tenant, found.request(), attempt).thenCompose(defection -> requests.closeLost(
                  tenant.tenantId(), command.requestId(), attempt, defection, tenant.rules(), attempt.at()))
              : requests.close(tenant.tenantId(), command.requestId(), attempt);
          return closed.thenCompose(request -> answerClosed(tenant, request, command));
        });
  }

  @Override
  public CompletionStage<Map<CancellationRequestId, CancellationRequest>> cancellationRequestsByIds(
      AuthenticatedTenant tenant, Collection<CancellationRequestId> ids) {
    return ids.isEmpty() ? done(Map.of()) : requests.byIds(tenant.tenantId(), ids);
  }

  @Override
  public CompletionStage<SaveDeskStats> saveDeskStats(ViewSaveDeskStatsUseCase.Query query) {
    var periods = query.range().periods(query.interval());
    return requests.tallies(query.tenant().tenantId(), query.range().period())
        .thenApply(tallies -> SaveDeskStats.of(tallies, periods));
  }

  /**
   * Answers with the attempt that closed the request: this one, or an identical earlier one (a retry), returns the
   * stored request; any other is refused. A LOST one records its defection again, which the defection port stores
   * once (it was stored with the closing), so a retry also repairs a request closed LOST before both were stored
   * together.
   */
  private CompletionStage<Result> answerClosed(AuthenticatedTenant tenant, CancellationRequest request,
                                               RecordSaveAttemptUseCase.Command command) {
    if (request.attempts().get(0).sameAs(command.outcome(), command.offer(), command.notes())) {
      return afterClosing(tenant, request);
    }
    return done(refused(List.of(FieldProblem.of("requestId", ProblemCodes.ALREADY_CLOSED,
        "the request was already closed " + request.status() + "; a closed request takes no other attempt"))));
  }

  private CompletionStage<Result> afterClosing(AuthenticatedTenant tenant, CancellationRequest request) {
    if (request.status() != CancellationStatus.LOST) {
      return done(stored(request));
    }
    SaveAttempt attempt = request.attempts().get(0);
    return customers.byIds(tenant.tenantId(), List.of(request.customerId()))
        .thenCompose(found -> defections.recordDefection(new RecordDefectionUseCase.Command(tenant,
            found.get(request.customerId()).externalId(), attempt.at(), request.reasonCode(), attempt.notes(), null,
            null)))
        .thenApply(recorded -> new Result(Optional.of(request), recorded.userErrors()));
  }

  /** The defection a LOST attempt records, with the customer's value tier as they leave (as recordDefection's). */
  private CompletionStage<NewDefection> lostCustomer(AuthenticatedTenant tenant, CancellationRequest request,
                                                     SaveAttempt attempt) {
    return customers.byIds(tenant.tenantId(), List.of(request.customerId()))
        .thenCombine(ranking.thresholds(tenant.tenantId()), (found, thresholds) -> new NewDefection(
            request.customerId(), attempt.at(), request.reasonCode(), attempt.notes(), null, null,
            thresholds.tierOf(found.get(request.customerId()).facts().revenue())));
  }

  private static Optional<DefectionReason> reason(List<DefectionReason> known, String code) {
    return known.stream().filter(reason -> reason.code().equals(code)).findFirst();
  }

  private static Result stored(CancellationRequest request) {
    return new Result(Optional.of(request), List.of());
  }

  private static Result refused(List<FieldProblem> problems) {
    return new Result(Optional.empty(), problems.stream().map(p -> UserError.of(null, p)).toList());
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }

  private record Found(CancellationRequest request, Optional<DefectionReason> reason) {}
}

package io.customerintel.application.port.in;

import io.customerintel.domain.winback.WinBackAttempt;
import io.customerintel.domain.winback.WinBackChannel;
import io.customerintel.domain.winback.WinBackOutcome;
import io.customerintel.domain.winback.WinBackStats;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Records tries to win customers back and reports how many customers a period's tries won back. */
public interface WinBackAttemptsUseCase {

  CompletionStage<Result> record(Command command);

  CompletionStage<WinBackStats> stats(AuthenticatedTenant tenant, DateRange range);

  /** One attempt; the other fields are checked by the service, which answers problems as user errors. */
  record Command(AuthenticatedTenant tenant, String customerExternalId, WinBackChannel channel,
                 WinBackOutcome outcome, String notes, Instant attemptedAt) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
    }
  }

  record Result(Optional<WinBackAttempt> attempt, List<UserError> userErrors) {}
}

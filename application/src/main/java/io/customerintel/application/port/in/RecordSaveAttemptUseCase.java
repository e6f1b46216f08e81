package io.customerintel.application.port.in;

import io.customerintel.domain.savedesk.CancellationRequestId;
import io.customerintel.domain.savedesk.SaveOutcome;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Records how the save desk's conversation with a customer ended; it closes the request, LOST records the defection. */
public interface RecordSaveAttemptUseCase {

  CompletionStage<RequestCancellationUseCase.Result> recordSaveAttempt(Command command);

  /** Offer (up to 500 characters) and notes (up to 10,000) are free text and optional. */
  record Command(AuthenticatedTenant tenant, CancellationRequestId requestId, SaveOutcome outcome, String offer,
                 String notes) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}

package io.customerintel.application.port.in;

import io.customerintel.domain.defection.DefectionCategory;
import io.customerintel.domain.defection.DefectionReason;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Lets a tenant add its own defection reasons or relabel existing ones. */
public interface DefineDefectionReasonUseCase {

  CompletionStage<Result> defineDefectionReason(Command command);

  record Command(AuthenticatedTenant tenant, String code, String label, DefectionCategory category, boolean avoidable) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
    }
  }

  record Result(Optional<DefectionReason> reason, List<UserError> userErrors) {}
}

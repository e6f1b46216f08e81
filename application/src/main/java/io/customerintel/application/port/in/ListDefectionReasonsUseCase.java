package io.customerintel.application.port.in;

import io.customerintel.domain.defection.DefectionReason;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The tenant's defection reasons, ordered by code. */
public interface ListDefectionReasonsUseCase {
  CompletionStage<List<DefectionReason>> defectionReasons(AuthenticatedTenant tenant);
}

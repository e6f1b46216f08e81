package io.customerintel.application.port.in;

import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Loads recorded defections by id, in batches. */
public interface FindDefectionsUseCase {
  CompletionStage<Map<DefectionId, Defection>> defectionsByIds(AuthenticatedTenant tenant, Collection<DefectionId> ids);
}

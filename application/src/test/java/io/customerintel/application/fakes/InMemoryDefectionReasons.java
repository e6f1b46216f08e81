package io.customerintel.application.fakes;

import io.customerintel.application.port.out.DefectionReasonRepository;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** DefectionReasonRepository over the in-memory store; lists in insertion-independent, shuffled order. */
public final class InMemoryDefectionReasons implements DefectionReasonRepository {
  private final InMemoryStore store;
  public final List<DefectionReason> defined = new ArrayList<>();

  public InMemoryDefectionReasons(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<List<DefectionReason>> all(TenantId tenantId) {
    List<DefectionReason> all = new ArrayList<>(store.reasonsOf(tenantId).values());
    Collections.reverse(all); // the port promises no order; the service must sort
    return CompletableFuture.completedFuture(all);
  }

  @Override
  public CompletionStage<DefectionReason> define(TenantId tenantId, DefectionReason reason) {
    defined.add(reason);
    store.reasonsOf(tenantId).put(reason.code(), reason);
    return CompletableFuture.completedFuture(reason);
  }
}

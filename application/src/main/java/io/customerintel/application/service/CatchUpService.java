package io.customerintel.application.service;

import io.customerintel.application.port.in.CatchUpUseCase;
import io.customerintel.application.port.out.CustomerCatchUp;
import io.customerintel.application.port.out.TenantRepository;
import io.customerintel.domain.tenant.Tenant;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Catches the tenants up one after another, so the sweep never takes more than one pooled connection. */
public final class CatchUpService implements CatchUpUseCase {
  private final TenantRepository tenants;
  private final CustomerCatchUp catchUp;
  private final Clock clock;

  public CatchUpService(TenantRepository tenants, CustomerCatchUp catchUp, Clock clock) {
    this.tenants = tenants;
    this.catchUp = catchUp;
    this.clock = clock;
  }

  @Override
  public CompletionStage<Integer> catchUpAllTenants() {
    return tenants.list().thenCompose(all -> next(all, 0)).thenApply(done -> done);
  }

  private CompletionStage<Integer> next(List<Tenant> all, int index) {
    if (index == all.size()) {
      return CompletableFuture.completedFuture(all.size());
    }
    Tenant tenant = all.get(index);
    return catchUp.catchUp(tenant.id(), tenant.rules(), clock.instant()).thenCompose(done -> next(all, index + 1));
  }
}

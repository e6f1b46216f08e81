package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.TenantId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletionStage;

/** Reads what a fit needs from a tenant's purchase days: one consistent snapshot, grouped in the database. */
public interface FitDataSource {

  /** @param holdoutEnd the last day of the holdout period, or null for none */
  CompletionStage<FitData> load(TenantId tenantId, LocalDate calibrationEnd, LocalDate holdoutEnd);
}

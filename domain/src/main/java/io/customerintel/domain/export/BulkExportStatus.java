package io.customerintel.domain.export;

/** Where a bulk export is in its life: CREATED and RUNNING are active, the others final. */
public enum BulkExportStatus {
  CREATED, RUNNING, COMPLETED, FAILED, CANCELED;

  /** An active export still holds its API key's one export slot and may be canceled. */
  public boolean active() {
    return this == CREATED || this == RUNNING;
  }
}

package io.customerintel.domain.export;

/** Identity of a bulk export job. */
public record BulkExportId(long value) {
  public BulkExportId {
    if (value <= 0) {
      throw new IllegalArgumentException("a bulk export id is positive");
    }
  }
}

package io.customerintel.domain.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkExportTest {
  private static final Instant CREATED = Instant.parse("2026-06-01T10:00:00Z");

  private static BulkExport export(BulkExportStatus status, Instant completedAt, String file) {
    return new BulkExport(new BulkExportId(1), new TenantId(1), 7, status, 3, 120, file, List.of("id"), CREATED,
        completedAt, BulkExport.expiryOf(CREATED), null);
  }

  @Test
  void filesExpireSevenDaysAfterTheExportWasCreated() {
    assertEquals(Instant.parse("2026-06-08T10:00:00Z"), BulkExport.expiryOf(CREATED));
  }

  @Test
  void aCompletedExportIsDownloadableUntilItExpires() {
    BulkExport done = export(BulkExportStatus.COMPLETED, CREATED.plusSeconds(5), "1.jsonl");
    assertTrue(done.downloadable(CREATED.plusSeconds(60)));
    assertFalse(done.downloadable(Instant.parse("2026-06-08T10:00:00Z")));
  }

  @Test
  void anExportWhoseFileWasRemovedOrThatDidNotCompleteIsNotDownloadable() {
    assertFalse(export(BulkExportStatus.COMPLETED, CREATED.plusSeconds(5), null).downloadable(CREATED));
    assertFalse(export(BulkExportStatus.RUNNING, null, "1.jsonl").downloadable(CREATED));
    assertFalse(export(BulkExportStatus.CANCELED, CREATED, "1.jsonl").downloadable(CREATED));
  }

  @Test
  void onlyCreatedAndRunningAreActive() {
    assertTrue(BulkExportStatus.CREATED.active());
    assertTrue(BulkExportStatus.RUNNING.active());
    assertFalse(BulkExportStatus.COMPLETED.active());
    assertFalse(BulkExportStatus.FAILED.active());
    assertFalse(BulkExportStatus.CANCELED.active());
  }

  @Test
  void completionTimeMatchesTheStatus() {
    assertThrows(IllegalArgumentException.class, () -> export(BulkExportStatus.RUNNING, CREATED, "f"));
    assertThrows(IllegalArgumentException.class, () -> export(BulkExportStatus.COMPLETED, null, "f"));
  }
}

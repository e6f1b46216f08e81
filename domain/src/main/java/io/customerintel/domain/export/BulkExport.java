package io.customerintel.domain.export;

import io.customerintel.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A bulk export job of one API key: its progress (lines and bytes written so far), the file it writes, and when that
 * file expires. columns are the top-level keys of every line, in order (the CSV header).
 */
public record BulkExport(BulkExportId id, TenantId tenantId, long apiKeyId, BulkExportStatus status,
                         long objectCount, long fileSize, String fileName, List<String> columns, Instant createdAt,
                         Instant completedAt, Instant expiresAt, String errorCode) {
  /** How long a finished export's file can be downloaded. */
  public static final Duration RETENTION = Duration.ofDays(7);

  public BulkExport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    columns = List.copyOf(columns);
    if (objectCount < 0 || fileSize < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
    if (status.active() && completedAt != null) {
      throw new IllegalArgumentException("an active export has not completed");
    }
    if (!status.active() && completedAt == null) {
      throw new IllegalArgumentException("a finished export has its completion time");
    }
  }

  /** When a job created at this instant stops being downloadable. */
  public static Instant expiryOf(Instant createdAt) {
    return createdAt.plus(RETENTION);
  }

  /** Whether the file may be downloaded now: completed, not expired, and still on disk. */
  public boolean downloadable(Instant now) {
    return status == BulkExportStatus.COMPLETED && fileName != null && now.isBefore(expiresAt);
  }
}

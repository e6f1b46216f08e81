package io.customerintel.adapters.graphql.dto;

import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.domain.export.BulkExport;
import io.customerintel.domain.export.BulkExportStatus;
import java.time.OffsetDateTime;

/** The GraphQL BulkExport; url is resolved by the wiring, which signs it. */
public record BulkExportDto(String id, BulkExportStatus status, int objectCount, double fileSize,
                            OffsetDateTime createdAt, OffsetDateTime completedAt, OffsetDateTime expiresAt,
                            String errorCode, BulkExport export) {

  public static BulkExportDto of(BulkExport export) {
    return new BulkExportDto(GlobalIds.encode(GlobalIds.BULK_EXPORT, export.id().value()), export.status(),
        Math.toIntExact(export.objectCount()), export.fileSize(), Times.utc(export.createdAt()),
        Times.utc(export.completedAt()), Times.utc(export.expiresAt()), export.errorCode(), export);
  }
}

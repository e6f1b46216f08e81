package io.customerintel.application.port.out;

import io.customerintel.domain.export.BulkExport;
import io.customerintel.domain.export.BulkExportId;
import io.customerintel.domain.export.BulkExportStatus;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The bulk export jobs, shared by every server instance. */
public interface BulkExportStore {

  /** A new CREATED job; empty when the key already has an active one (on any instance). */
  CompletionStage<Optional<BulkExport>> create(TenantId tenantId, long apiKeyId, String document,
                                               List<String> columns, Instant createdAt, Instant expiresAt);

  CompletionStage<Optional<BulkExport>> byId(BulkExportId id);

  /** CREATED to RUNNING, writing to this file; false if it is no longer CREATED (canceled meanwhile). */
  CompletionStage<Boolean> started(BulkExportId id, String fileName);

  /** Records progress of a RUNNING job; resolves to its status now (CANCELED: stop). */
  CompletionStage<BulkExportStatus> progress(BulkExportId id, long objectCount, long fileSize);

  /** Ends an active job with a final status; false if it was no longer active (canceled meanwhile). */
  CompletionStage<Boolean> finish(BulkExportId id, BulkExportStatus status, long objectCount, long fileSize,
                                  String errorCode, Instant completedAt);

  /** Forgets the file of every job whose expiry has passed; resolves to those file names, to delete. */
  CompletionStage<List<String>> expireFiles(Instant now);
}

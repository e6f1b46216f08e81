package io.customerintel.application.port.in;

import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.domain.export.BulkExport;
import io.customerintel.domain.export.BulkExportId;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Bulk exports: a whole filtered customer listing written to a file in the background, then downloaded. */
public interface BulkExportUseCase {
  /** userError code: the API key already has an active export. */
  String BULK_EXPORT_IN_PROGRESS = "BULK_EXPORT_IN_PROGRESS";
  /** userError code: the export is not (or no longer) the caller's to see. */
  String NOT_FOUND = "NOT_FOUND";
  /** userError code: cancel of an export that already completed, failed or was canceled. */
  String ALREADY_FINISHED = "ALREADY_FINISHED";
  /** errorCode of a FAILED export whose cause is ours (database, disk), not the query's. */
  String EXPORT_FAILED = "EXPORT_FAILED";

  /** Records the job and starts it; refused with BULK_EXPORT_IN_PROGRESS while the key has an active one. */
  CompletionStage<Result> start(StartCommand command);

  /** The key's export with this id; another key's or tenant's is not found. */
  CompletionStage<Optional<BulkExport>> find(Owner owner, BulkExportId id);

  /** Cancels the key's active export (its partial file is removed); NOT_FOUND or ALREADY_FINISHED otherwise. */
  CompletionStage<Result> cancel(Owner owner, BulkExportId id);

  /** The key's downloadable export and its file; empty if not the key's, not completed, or expired. */
  CompletionStage<Optional<Download>> download(Owner owner, BulkExportId id);

  /** A downloadable export reached through a signed URL, whose signature the caller has checked. */
  CompletionStage<Optional<Download>> downloadSigned(BulkExportId id);

  /** Removes the files of exports whose retention has passed (their rows stay); resolves to how many. */
  CompletionStage<Integer> expireFiles();

  /** The API key an export belongs to, within its tenant. */
  record Owner(AuthenticatedTenant tenant, long apiKeyId) {
    public Owner {
      Objects.requireNonNull(tenant, "tenant");
    }
  }

  /**
   * What to export, already validated by the API that received it: the document that renders one customer's line,
   * the listing's filter and order, and the top-level keys of each line (the CSV header).
   */
  record ExportQuery(String document, CustomerFilter filter, CustomerSort sort, List<String> columns) {
    public ExportQuery {
      Objects.requireNonNull(document, "document");
      filter = filter == null ? CustomerFilter.ALL : filter;
      sort = sort == null ? FindCustomersUseCase.Query.DEFAULT_SORT : sort;
      columns = List.copyOf(columns);
    }
  }

  /** Start an export of the query for this key. */
  record StartCommand(Owner owner, ExportQuery query) {
    public StartCommand {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(query, "query");
    }
  }

  /** The export as it is after the mutation, or why it was refused. */
  record Result(Optional<BulkExport> export, List<UserError> userErrors) {
    public Result {
      userErrors = List.copyOf(userErrors);
    }

    public static Result of(BulkExport export) {
      return new Result(Optional.of(export), List.of());
    }

    public static Result refused(String code, String message) {
      return new Result(Optional.empty(), List.of(new UserError(null, null, message, code)));
    }
  }

  /** A finished export's file: JSON Lines, one customer a line. */
  record Download(BulkExport export, Path file) {}
}

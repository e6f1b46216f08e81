package io.customerintel.adapters.graphql.http;

import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.adapters.graphql.export.CsvLines;
import io.customerintel.adapters.graphql.export.ExportUrls;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.BulkExportUseCase;
import io.customerintel.application.port.in.BulkExportUseCase.Download;
import io.customerintel.domain.export.BulkExportId;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.customerintel.domain.tenant.ApiKeyScope;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.parsetools.RecordParser;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * GET /exports/{id}: streams a completed export's file from disk, never holding it in memory. Access is a signed
 * path (expires, signature) or the Bearer API key that started the export; anything else about the export is 404.
 * Accept: text/csv converts line by line while streaming; otherwise the JSON Lines go out as stored.
 */
final class ExportDownloadHandler {
  static final String PATH = ExportUrls.PATH + ":id";
  static final String NDJSON = "application/x-ndjson";
  static final String CSV = "text/csv";
  private static final String SIGNED = "io.customerintel.exportSigned";

  private final BulkExportUseCase exports;
  private final ExportUrls urls;
  private final BearerAuthHandler bearer;

  ExportDownloadHandler(BulkExportUseCase exports, ExportUrls urls, BearerAuthHandler bearer) {
    this.exports = exports;
    this.urls = urls;
    this.bearer = bearer;
  }

  /** First handler: a signed path is checked here; without a signature, the Bearer key must authenticate. */
  Handler<RoutingContext> access() {
    return rc -> {
      String signature = rc.request().getParam("signature");
      if (signature == null) {
        bearer.handle(rc);
        return;
      }
      long expires;
      try {
        expires = Long.parseLong(String.valueOf(rc.request().getParam("expires")));
      } catch (NumberFormatException e) {
        TransportErrors.send(rc, 403, ErrorCode.FORBIDDEN, "The download link is malformed");
        return;
      }
      if (!urls.signedByUs(rc.pathParam("id"), expires, signature)) {
        TransportErrors.send(rc, 403, ErrorCode.FORBIDDEN, "The download link's signature is not valid");
      } else if (urls.expired(expires)) {
        TransportErrors.send(rc, 403, ErrorCode.FORBIDDEN, "The download link has expired; ask bulkExport for a new url");
      } else {
        rc.put(SIGNED, true);
        rc.next();
      }
    };
  }

  /** Second handler: finds the export the caller may download and streams it. */
  Handler<RoutingContext> download() {
    return rc -> {
      BulkExportId id;
      try {
        GlobalIds.Decoded decoded = GlobalIds.decode(rc.pathParam("id"));
        if (!GlobalIds.BULK_EXPORT.equals(decoded.type())) {
          notFound(rc);
          return;
        }
        id = new BulkExportId(decoded.id());
      } catch (UseCaseException e) {
        notFound(rc);
        return;
      }
      CompletionStage<Optional<Download>> found;
      if (Boolean.TRUE.equals(rc.get(SIGNED))) {
        found = exports.downloadSigned(id);
      } else {
        ApiKeyGrant grant = rc.get(RequestKeys.GRANT);
        AuthenticatedTenant tenant = rc.get(RequestKeys.TENANT);
        if (!grant.allows(ApiKeyScope.READ)) {
          TransportErrors.send(rc, 403, ErrorCode.FORBIDDEN, "Downloading an export needs the READ scope");
          return;
        }
        found = exports.download(new BulkExportUseCase.Owner(tenant, grant.keyId()), id);
      }
      Future.fromCompletionStage(found, rc.vertx().getOrCreateContext()).onComplete(ar -> {
        if (ar.failed()) {
          rc.fail(500, ar.cause());
        } else if (ar.result().isEmpty()) {
          notFound(rc);
        } else if (wantsCsv(rc.request().getHeader(HttpHeaders.ACCEPT))) {
          streamCsv(rc, ar.result().get());
        } else {
          HttpServerResponse response = rc.response()
              .putHeader(HttpHeaders.CONTENT_TYPE, NDJSON)
              .putHeader("Content-Disposition", "attachment; filename=\"export-" + id.value() + ".jsonl\"")
              .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
          response.sendFile(ar.result().get().file().toString()).onFailure(rc::fail);
        }
      });
    };
  }

  static boolean wantsCsv(String accept) {
    return accept != null && accept.toLowerCase(Locale.ROOT).contains(CSV);
  }

  private static void notFound(RoutingContext rc) {
    TransportErrors.send(rc, 404, ErrorCode.NOT_FOUND, "No export of this API key has that id, or it has expired");
  }

  /** Line by line with backpressure: a slow client pauses the file, and nothing but one line is held. */
  private static void streamCsv(RoutingContext rc, Download download) {
    List<String> columns = download.export().columns();
    rc.vertx().fileSystem().open(download.file().toString(), new OpenOptions().setRead(true)).onComplete(opened -> {
      if (opened.failed()) {
        rc.fail(500, opened.cause());
        return;
      }
      AsyncFile file = opened.result();
      HttpServerResponse response = rc.response().setChunked(true)
          .putHeader(HttpHeaders.CONTENT_TYPE, CSV + "; charset=utf-8; header=present")
          .putHeader("Content-Disposition", "attachment; filename=\"export-" + download.export().id().value()
              + ".csv\"")
          .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      response.write(CsvLines.header(columns));
      RecordParser lines = RecordParser.newDelimited("\n", file);
      AtomicBoolean open = new AtomicBoolean(true);
      Runnable close = () -> {
        if (open.compareAndSet(true, false)) {
          file.close();
        }
      };
      response.closeHandler(closed -> close.run());
      lines.exceptionHandler(failure -> {
        close.run();
        response.reset();
      });
      lines.endHandler(end -> {
        close.run();
        response.end();
      });
      lines.handler(line -> {
        response.write(Buffer.buffer(CsvLines.record(line.toString(), columns)));
        if (response.writeQueueFull()) {
          lines.pause();
          response.drainHandler(drained -> lines.resume());
        }
      });
    });
  }
}

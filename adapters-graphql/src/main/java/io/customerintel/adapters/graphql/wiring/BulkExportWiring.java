package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.BulkExportDto;
import io.customerintel.adapters.graphql.export.BulkQueryParser;
import io.customerintel.adapters.graphql.export.ExportUrls;
import io.customerintel.adapters.graphql.http.RequestKeys;
import io.customerintel.application.port.in.BulkExportUseCase;
import io.customerintel.application.port.in.BulkExportUseCase.Owner;
import io.customerintel.application.port.in.BulkExportUseCase.Result;
import io.customerintel.domain.export.BulkExport;
import io.customerintel.domain.export.BulkExportId;
import io.customerintel.domain.tenant.ApiKeyGrant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** startBulkExport, cancelBulkExport, bulkExport(id) and BulkExport.url (docs/bulk-export.md). */
public final class BulkExportWiring {
  private final UseCases useCases;
  private final Supplier<BulkQueryParser> parser;
  private final ExportUrls urls;

  /** @param parser the parser on the built schema (the schema exists only after the wiring) */
  public BulkExportWiring(UseCases useCases, Supplier<BulkQueryParser> parser, ExportUrls urls) {
    this.useCases = useCases;
    this.parser = parser;
    this.urls = urls;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("startBulkExport", this::start)
        .dataFetcher("cancelBulkExport", this::cancel));
    wiring.type("Query", type -> type.dataFetcher("bulkExport", env -> byId(useCases, env, env.getArgument("id"))));
    wiring.type("BulkExport", type -> type.dataFetcher("url", env -> {
      BulkExportDto dto = env.getSource();
      BulkExport export = dto.export();
      return export.downloadable(urls.now()) ? urls.signedPath(dto.id(), export.expiresAt()) : null;
    }));
  }

  /** The key's export with this internal id, or null. */
  static CompletableFuture<Object> node(UseCases useCases, DataFetchingEnvironment env, long id) {
    return useCases.bulkExports().find(owner(env), new BulkExportId(id))
        .<Object>thenApply(found -> found.map(BulkExportDto::of).orElse(null)).toCompletableFuture();
  }

  private static CompletableFuture<Object> byId(UseCases useCases, DataFetchingEnvironment env, String globalId) {
    GlobalIds.Decoded id = GlobalIds.decode(globalId);
    if (!GlobalIds.BULK_EXPORT.equals(id.type())) {
      return CompletableFuture.completedFuture(null);
    }
    return node(useCases, env, id.id());
  }

  private CompletableFuture<Map<String, Object>> start(DataFetchingEnvironment env) {
    BulkQueryParser.Parsed parsed = parser.get().parse(env.getArgument("query"));
    if (parsed instanceof BulkQueryParser.Refused refused) {
      return CompletableFuture.completedFuture(payload(
          Result.refused(BulkQueryParser.INVALID_BULK_QUERY, "the query cannot be exported: " + refused.reason())));
    }
    var query = ((BulkQueryParser.Accepted) parsed).query();
    return useCases.bulkExports().start(new BulkExportUseCase.StartCommand(owner(env), query))
        .thenApply(BulkExportWiring::payload).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> cancel(DataFetchingEnvironment env) {
    GlobalIds.Decoded id = GlobalIds.decode(env.getArgument("id"));
    if (!GlobalIds.BULK_EXPORT.equals(id.type())) {
      return CompletableFuture.completedFuture(payload(Result.refused(BulkExportUseCase.NOT_FOUND,
          "the id is not a bulk export's")));
    }
    return useCases.bulkExports().cancel(owner(env), new BulkExportId(id.id()))
        .thenApply(BulkExportWiring::payload).toCompletableFuture();
  }

  private static Owner owner(DataFetchingEnvironment env) {
    ApiKeyGrant grant = env.getGraphQlContext().get(RequestKeys.GRANT);
    if (grant == null) {
      throw new IllegalStateException("No API key grant in the GraphQL context");
    }
    return new Owner(Fetchers.tenant(env), grant.keyId());
  }

  private static Map<String, Object> payload(Result result) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("bulkExport", result.export().map(BulkExportDto::of).orElse(null));
    payload.put("userErrors", result.userErrors());
    return payload;
  }
}

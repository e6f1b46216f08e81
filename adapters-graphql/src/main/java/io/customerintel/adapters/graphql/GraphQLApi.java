package io.customerintel.adapters.graphql;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.customerintel.adapters.graphql.export.BulkQueryParser;
import io.customerintel.adapters.graphql.export.ExportUrls;
import io.customerintel.adapters.graphql.http.RequestPreparer;
import io.customerintel.adapters.graphql.limits.QueryLimits;
import io.customerintel.adapters.graphql.wiring.BulkExportWiring;
import io.customerintel.adapters.graphql.wiring.CustomerBaseModelWiring;
import io.customerintel.adapters.graphql.wiring.CustomerHealthWiring;
import io.customerintel.adapters.graphql.wiring.CustomerPredictionWiring;
import io.customerintel.adapters.graphql.wiring.AnalyticsWiring;
import io.customerintel.adapters.graphql.wiring.ApiKeyWiring;
import io.customerintel.adapters.graphql.wiring.CustomerWiring;
import io.customerintel.adapters.graphql.wiring.DefectionWiring;
import io.customerintel.adapters.graphql.wiring.FollowUpWiring;
import io.customerintel.adapters.graphql.wiring.SaveDeskWiring;
import io.customerintel.adapters.graphql.wiring.MutationWiring;
import io.customerintel.adapters.graphql.wiring.NodeWiring;
import io.customerintel.adapters.graphql.wiring.OpenFollowUpWiring;
import io.customerintel.adapters.graphql.wiring.QueryWiring;
import io.customerintel.adapters.graphql.wiring.SurveyEngagementWiring;
import io.customerintel.adapters.graphql.wiring.Scalars;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds the executable schema from the SDL in resources and the wiring classes. */
public final class GraphQLApi implements RequestPreparer {
  public static final String SDL_RESOURCE = "/graphql/customer-intel.graphqls";

  private final UseCases useCases;
  private final String sdl;
  private final GraphQL graphQL;
  private final DocumentCache documents = new DocumentCache();
  private final ExportUrls exportUrls;
  private volatile BulkQueryParser bulkQueries;

  /** With export download paths signed by a random secret: valid on this process only. */
  public GraphQLApi(UseCases useCases) {
    this(useCases, ExportUrls.withRandomSecret(java.time.Clock.systemUTC()));
  }

  /** @param exportUrls signs BulkExport.url; the HTTP API checks those signatures with the same instance */
  public GraphQLApi(UseCases useCases, ExportUrls exportUrls) {
    this(useCases, exportUrls, QueryLimits.defaults());
  }

  /** @param queryLimits what a bulk export's query may select: what one page of it may (docs/bulk-export.md) */
  public GraphQLApi(UseCases useCases, ExportUrls exportUrls, QueryLimits queryLimits) {
    this.useCases = useCases;
    this.exportUrls = exportUrls;
    this.sdl = readSdl();
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
    Scalars.wire(wiring);
    NodeWiring.wire(wiring);
    new QueryWiring(useCases).wire(wiring);
    new MutationWiring(useCases).wire(wiring);
    new AnalyticsWiring(useCases).wire(wiring);
    new CustomerBaseModelWiring(useCases).wire(wiring);
    new ApiKeyWiring(useCases).wire(wiring);
    CustomerPredictionWiring.wire(wiring);
    CustomerWiring.wire(wiring);
    CustomerHealthWiring.wire(wiring);
    FollowUpWiring.wire(wiring);
    DefectionWiring.wire(wiring);
    new SaveDeskWiring(useCases).wire(wiring);
    new io.customerintel.adapters.graphql.wiring.WinBackWiring(useCases).wire(wiring);
    new OpenFollowUpWiring(useCases).wire(wiring);
    new SurveyEngagementWiring(useCases).wire(wiring);
    new io.customerintel.adapters.graphql.wiring.RiskAlertWiring(useCases).wire(wiring);
    new io.customerintel.adapters.graphql.wiring.LossReviewWiring(useCases).wire(wiring);
    new io.customerintel.adapters.graphql.wiring.ReviewIssueWiring(useCases).wire(wiring);
    new BulkExportWiring(useCases, () -> bulkQueries, exportUrls).wire(wiring);
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring.build());
    this.graphQL = GraphQL.newGraphQL(schema).defaultDataFetcherExceptionHandler(new ErrorMapping())
        .preparsedDocumentProvider(documents).build();
    this.bulkQueries = new BulkQueryParser(schema, queryLimits);
  }

  public GraphQL graphQL() {
    return graphQL;
  }

  /** Reports the parsed-documents cache's hit ratio and size to the registry (cache {@code parsed_documents}). */
  public void monitorCaches(MeterRegistry registry) {
    documents.monitor(registry, "parsed_documents");
  }

  /** Signs and checks the download paths of exports. */
  public ExportUrls exportUrls() {
    return exportUrls;
  }

  /** The SDL exactly as served at /schema.graphql. */
  public String sdl() {
    return sdl;
  }

  /** A fresh loader registry per request: caches and batches never cross requests or tenants. */
  @Override
  public void prepare(ExecutionInput.Builder input, AuthenticatedTenant tenant, String requestId) {
    input.dataLoaderRegistry(Loaders.registry(useCases, tenant));
  }

  private static String readSdl() {
    try (InputStream in = GraphQLApi.class.getResourceAsStream(SDL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + SDL_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

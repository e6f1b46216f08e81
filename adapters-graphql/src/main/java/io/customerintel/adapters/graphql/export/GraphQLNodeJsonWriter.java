package io.customerintel.adapters.graphql.export;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import io.customerintel.adapters.graphql.GraphQLApi;
import io.customerintel.adapters.graphql.http.RequestKeys;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.CustomerProfile;
import io.customerintel.application.port.out.NodeJsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Renders a batch of customers by executing the export's own document on the API's schema and wiring, with the
 * batch standing in for the customers listing (ExportBatch): each line is exactly the node the API would answer,
 * written as the HTTP transport's JSON codec writes it (JsonText). The API is attached once built, since the use cases it
 * wires include the export that calls this.
 */
public final class GraphQLNodeJsonWriter implements NodeJsonWriter {
  private volatile GraphQLApi api;

  /** Called by the composition root once the GraphQL API exists. */
  public void attach(GraphQLApi api) {
    this.api = api;
  }

  @Override
  public CompletionStage<List<String>> write(AuthenticatedTenant tenant, String document,
                                             List<CustomerProfile> customers) {
    GraphQLApi attached = api;
    if (attached == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("the GraphQL API is not started"));
    }
    GraphQL graphQL = attached.graphQL();
    ExecutionInput.Builder input = ExecutionInput.newExecutionInput(document)
        .graphQLContext(Map.of(RequestKeys.TENANT, tenant, ExportBatch.KEY, new ExportBatch(customers)));
    attached.prepare(input, tenant, null);
    return graphQL.executeAsync(input.build()).thenApply(result -> lines(result, customers.size()));
  }

  @SuppressWarnings("unchecked")
  private static List<String> lines(ExecutionResult result, int expected) {
    if (!result.getErrors().isEmpty()) {
      GraphQLError error = result.getErrors().get(0);
      Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
      throw new UseCaseException(code == null ? ErrorCodes.BAD_USER_INPUT : code.toString(), error.getMessage());
    }
    Map<String, Object> data = result.getData();
    Map<String, Object> connection = (Map<String, Object>) data.values().iterator().next();
    Object nodes = connection.get("nodes");
    List<String> lines = new ArrayList<>(expected);
    if (nodes == null) {
      // the parser admits no aliases on edges, node and nodes, so their keys are their names
      for (Map<String, Object> edge : (List<Map<String, Object>>) connection.get("edges")) {
        lines.add(encode((Map<String, Object>) edge.get("node")));
      }
    } else {
      for (Map<String, Object> node : (List<Map<String, Object>>) nodes) {
        lines.add(encode(node));
      }
    }
    return lines;
  }

  private static String encode(Map<String, Object> node) {
    return JsonText.encode(node);
  }
}

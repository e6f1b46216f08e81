package io.customerintel.adapters.graphql.http;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import java.util.concurrent.CompletableFuture;

/**
 * Parses and validates a document against the schema through the GraphQL instance's own document cache, so the
 * execution that follows finds the parsed document there instead of doing the work twice.
 */
final class DocumentValidation {

  private final GraphQL graphQL;

  DocumentValidation(GraphQL graphQL) {
    this.graphQL = graphQL;
  }

  /** Whether the document parses and validates; the cache keeps only documents that do. */
  CompletableFuture<Boolean> validates(String document) {
    ExecutionInput input = ExecutionInput.newExecutionInput(document).build();
    return graphQL.getPreparsedDocumentProvider()
        .getDocumentAsync(input, this::parseAndValidate)
        .thenApply(entry -> !entry.hasErrors());
  }

  private PreparsedDocumentEntry parseAndValidate(ExecutionInput input) {
    ParseAndValidateResult result = ParseAndValidate.parseAndValidate(graphQL.getGraphQLSchema(), input);
    return result.isFailure()
        ? new PreparsedDocumentEntry(result.getErrors())
        : new PreparsedDocumentEntry(result.getDocument());
  }
}

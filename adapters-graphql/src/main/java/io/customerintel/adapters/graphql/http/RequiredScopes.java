package io.customerintel.adapters.graphql.http;

import graphql.language.OperationDefinition;
import io.customerintel.domain.tenant.ApiKeyScope;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that says which scope each root field needs. Queries need READ, except the ones listed as ADMIN;
 * every mutation is listed, and one that is not (a new mutation nobody classified) needs ADMIN, so forgetting it
 * closes the mutation instead of opening it. Introspection needs no scope: the schema is public at /schema.graphql.
 */
final class RequiredScopes {

  static final Map<String, ApiKeyScope> MUTATIONS = Map.ofEntries(
      Map.entry("upsertCustomers", ApiKeyScope.WRITE),
      Map.entry("recordPurchases", ApiKeyScope.WRITE),
      Map.entry("recordSurveyResponses", ApiKeyScope.WRITE),
      Map.entry("recordDefection", ApiKeyScope.WRITE),
      Map.entry("recordFollowUp", ApiKeyScope.WRITE),
      Map.entry("defineDefectionReason", ApiKeyScope.ADMIN),
      Map.entry("configureHealthModel", ApiKeyScope.ADMIN),
      Map.entry("fitCustomerBaseModels", ApiKeyScope.ADMIN),
      Map.entry("choosePredictionModel", ApiKeyScope.ADMIN),
      Map.entry("createApiKey", ApiKeyScope.ADMIN),
      Map.entry("revokeApiKey", ApiKeyScope.ADMIN),
      Map.entry("requestCancellation", ApiKeyScope.WRITE),
      Map.entry("recordSaveAttempt", ApiKeyScope.WRITE),
      Map.entry("recordWinBackAttempt", ApiKeyScope.WRITE),
      Map.entry("markWinBackListReviewed", ApiKeyScope.WRITE),
      Map.entry("configureWinBack", ApiKeyScope.ADMIN),
      Map.entry("startLossReview", ApiKeyScope.WRITE),
      Map.entry("assignLossReviewCalls", ApiKeyScope.WRITE),
      Map.entry("recordCallOutcome", ApiKeyScope.WRITE),
      Map.entry("raiseReviewIssue", ApiKeyScope.WRITE),
      Map.entry("updateReviewIssue", ApiKeyScope.WRITE),
      // an export only reads customers, as the customers query it runs does
      Map.entry("startBulkExport", ApiKeyScope.READ),
      Map.entry("cancelBulkExport", ApiKeyScope.READ));

  static final Set<String> ADMIN_QUERIES = Set.of("apiKeys");

  private RequiredScopes() {
  }

  /** The scope a root field of this kind of operation needs; empty for introspection. */
  static Optional<ApiKeyScope> of(OperationDefinition.Operation operation, String field) {
    if (field.startsWith("__")) {
      return Optional.empty();
    }
    if (operation == OperationDefinition.Operation.MUTATION) {
      return Optional.of(MUTATIONS.getOrDefault(field, ApiKeyScope.ADMIN));
    }
    return Optional.of(ADMIN_QUERIES.contains(field) ? ApiKeyScope.ADMIN : ApiKeyScope.READ);
  }

  /** The first root field (in name order, so the answer is stable) whose scope the key lacks, with that scope. */
  static Optional<Map.Entry<String, ApiKeyScope>> firstMissing(RootFields fields, Set<ApiKeyScope> granted) {
    return fields.fieldNames().stream().sorted()
        .flatMap(field -> of(fields.operation(), field).filter(scope -> !granted.contains(scope))
            .map(scope -> Map.entry(field, scope)).stream())
        .findFirst();
  }
}

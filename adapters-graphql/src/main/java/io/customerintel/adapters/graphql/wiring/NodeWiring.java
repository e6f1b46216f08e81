package io.customerintel.adapters.graphql.wiring;

import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.adapters.graphql.dto.ApiKeyDto;
import io.customerintel.adapters.graphql.dto.CancellationRequestDto;
import io.customerintel.adapters.graphql.dto.CustomerDto;
import io.customerintel.adapters.graphql.dto.DefectionDto;
import io.customerintel.adapters.graphql.dto.PurchaseDto;
import io.customerintel.adapters.graphql.dto.SurveyResponseDto;

/** Resolves the concrete type of a Node from the DTO that carries it. */
public final class NodeWiring {
  private NodeWiring() {}

  public static void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Node", type -> type.typeResolver(env -> {
      Object node = env.getObject();
      String name;
      if (node instanceof CustomerDto) {
        name = GlobalIds.CUSTOMER;
      } else if (node instanceof DefectionDto) {
        name = GlobalIds.DEFECTION;
      } else if (node instanceof PurchaseDto) {
        name = GlobalIds.PURCHASE;
      } else if (node instanceof SurveyResponseDto) {
        name = GlobalIds.SURVEY_RESPONSE;
      } else if (node instanceof ApiKeyDto) {
        name = GlobalIds.API_KEY;
      } else if (node instanceof CancellationRequestDto) {
        name = GlobalIds.CANCELLATION_REQUEST;
      } else if (node instanceof io.customerintel.adapters.graphql.dto.LossReviewCallDto) {
        name = GlobalIds.LOSS_REVIEW_CALL;
      } else if (node instanceof io.customerintel.adapters.graphql.dto.ReviewIssueDto) {
        name = GlobalIds.REVIEW_ISSUE;
      } else if (node instanceof io.customerintel.adapters.graphql.dto.BulkExportDto) {
        name = GlobalIds.BULK_EXPORT;
      } else {
        throw new IllegalStateException("not a node: " + node.getClass().getSimpleName());
      }
      return (GraphQLObjectType) env.getSchema().getType(name);
    }));
  }
}

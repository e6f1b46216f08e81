package io.customerintel.adapters.graphql.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import graphql.Scalars;
import graphql.language.DescribedNode;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every type, field, argument, input field, enum value and scalar of the served schema says what it means. */
class SchemaDescriptionsTest {
  @Test
  void everyElementOfTheServedSchemaHasADescription() {
    List<String> missing = new ArrayList<>(UndescribedElements.in(ServedSchema.build()));
    if (!missing.isEmpty()) {
      fail(missing.size() + " elements of the served schema have no description (a \"...\" line or \"\"\"...\"\"\" "
          + "block directly above them in customer-intel.graphqls):\n" + String.join("\n", missing));
    }
  }

  /** Clients read descriptions by introspection: that must show the SDL's, not a library scalar's own. */
  @Test
  void introspectionShowsTheDescriptionsWrittenInTheSdl() {
    List<String> different = new ArrayList<>();
    for (GraphQLNamedType type : ServedSchema.build().getAllTypesAsList()) {
      if (type.getDefinition() instanceof DescribedNode<?> node && node.getDescription() != null
          && !node.getDescription().getContent().equals(type.getDescription())) {
        different.add(type.getName() + ": " + type.getDescription());
      }
    }
    assertEquals(List.of(), different);
  }

  @Test
  void everyKindOfElementWithoutADescriptionIsListed() {
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
        "Described."
        type Query {
          "Described."
          customer("Described." id: ID!, first: Int): Customer
          # a comment is not a description
          stage: Stage
          find(filter: Filter): String
        }
        # ---- a section comment
        type Customer { "Described." id: ID! }
        "Described."
        enum Stage { "Described." NEW LOST }
        "Described."
        input Filter { stage: Stage "Described." name: String }
        scalar Day
        "Described."
        directive @cost("Described." weight: Int, max: Int) on FIELD_DEFINITION
        """), RuntimeWiring.newRuntimeWiring().scalar(Scalars.GraphQLString.transform(b -> b.name("Day")))
        .build());
    assertEquals(List.of("Customer", "Day", "Filter.stage", "Query.customer(first)", "Query.stage",
            "Query.find", "Query.find(filter)", "Stage.LOST", "@cost(max)"),
        UndescribedElements.in(schema));
  }
}

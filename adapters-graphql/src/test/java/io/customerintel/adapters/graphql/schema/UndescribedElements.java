package io.customerintel.adapters.graphql.schema;

import graphql.language.DescribedNode;
import graphql.language.Description;
import graphql.language.Node;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedSchemaElement;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.ScalarInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every element of a schema a client sees (type, field, argument, input field, enum value, scalar, directive) that has
 * no description, by path. Only a real SDL description counts: graphql-java falls back to the `#` comment above an
 * element, and a section divider is no description.
 */
final class UndescribedElements {
  private UndescribedElements() {}

  static List<String> in(GraphQLSchema schema) {
    List<String> missing = new ArrayList<>();
    schema.getAllTypesAsList().stream()
        .filter(type -> !type.getName().startsWith("__") && !ScalarInfo.isGraphqlSpecifiedScalar(type.getName()))
        .sorted(Comparator.comparing(GraphQLNamedType::getName))
        .forEach(type -> collect(type, missing));
    schema.getDirectives().stream().filter(directive -> !DirectiveInfo.isGraphqlSpecifiedDirective(directive))
        .filter(directive -> directive.getDefinition() != null)
        .forEach(directive -> collect(directive, missing));
    return missing;
  }

  private static void collect(GraphQLNamedType type, List<String> missing) {
    String name = type.getName();
    check(type, name, missing);
    if (type instanceof GraphQLFieldsContainer container) {
      for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
        check(field, name + "." + field.getName(), missing);
        field.getArguments().forEach(arg -> check(arg, name + "." + field.getName() + "(" + arg.getName() + ")",
            missing));
      }
    } else if (type instanceof GraphQLInputObjectType input) {
      input.getFieldDefinitions().forEach(field -> check(field, name + "." + field.getName(), missing));
    } else if (type instanceof GraphQLEnumType enumType) {
      enumType.getValues().forEach(value -> check(value, name + "." + value.getName(), missing));
    }
  }

  private static void collect(GraphQLDirective directive, List<String> missing) {
    check(directive, "@" + directive.getName(), missing);
    for (GraphQLArgument arg : directive.getArguments()) {
      check(arg, "@" + directive.getName() + "(" + arg.getName() + ")", missing);
    }
  }

  private static void check(GraphQLNamedSchemaElement element, String path, List<String> missing) {
    if (!described(element)) {
      missing.add(path);
    }
  }

  private static boolean described(GraphQLNamedSchemaElement element) {
    Node<?> definition = element.getDefinition();
    if (definition instanceof DescribedNode<?> node) {
      Description description = node.getDescription();
      return description != null && !description.getContent().isBlank();
    }
    return element.getDescription() != null && !element.getDescription().isBlank();
  }
}

package io.customerintel.adapters.graphql.schema;

import graphql.Directives;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deprecation rules of docs/schema-governance.md that a program can check: every deprecated field, argument,
 * input field and enum value gives its own reason, and the CHANGELOG lists it under a Deprecated heading.
 */
final class DeprecationPolicy {
  private DeprecationPolicy() {}

  /** Deprecated elements by path, with their reasons. */
  static Map<String, String> deprecated(GraphQLSchema schema) {
    Map<String, String> found = new LinkedHashMap<>();
    schema.getAllTypesAsList().stream().filter(type -> !type.getName().startsWith("__"))
        .sorted(Comparator.comparing(GraphQLNamedType::getName)).forEach(type -> collect(type, found));
    return found;
  }

  static List<String> violations(GraphQLSchema schema, String changelog) {
    String listed = deprecatedSections(changelog);
    List<String> violations = new ArrayList<>();
    deprecated(schema).forEach((path, reason) -> {
      if (reason == null || reason.isBlank() || reason.equals(Directives.NO_LONGER_SUPPORTED)) {
        violations.add(path + ": @deprecated needs a reason that names the replacement");
      }
      if (!listed.contains(path)) {
        violations.add(path + ": not listed under a Deprecated heading of CHANGELOG.md");
      }
    });
    return violations;
  }

  private static void collect(GraphQLNamedType type, Map<String, String> found) {
    String name = type.getName();
    if (type instanceof GraphQLFieldsContainer container) {
      for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
        if (field.isDeprecated()) {
          found.put(name + "." + field.getName(), field.getDeprecationReason());
        }
        field.getArguments().stream().filter(arg -> arg.isDeprecated()).forEach(arg ->
            found.put(name + "." + field.getName() + "(" + arg.getName() + ")", arg.getDeprecationReason()));
      }
    } else if (type instanceof GraphQLInputObjectType input) {
      input.getFieldDefinitions().stream().filter(field -> field.isDeprecated())
          .forEach(field -> found.put(name + "." + field.getName(), field.getDeprecationReason()));
    } else if (type instanceof GraphQLEnumType enumType) {
      enumType.getValues().stream().filter(value -> value.isDeprecated())
          .forEach(value -> found.put(name + "." + value.getName(), value.getDeprecationReason()));
    }
  }

  /** The lines under every "### Deprecated" heading, up to the next heading. */
  private static String deprecatedSections(String changelog) {
    StringBuilder listed = new StringBuilder();
    boolean inside = false;
    for (String line : changelog.split("\n")) {
      if (line.startsWith("#")) {
        inside = line.trim().equalsIgnoreCase("### Deprecated");
      } else if (inside) {
        listed.append(line).append('\n');
      }
    }
    return listed.toString();
  }
}

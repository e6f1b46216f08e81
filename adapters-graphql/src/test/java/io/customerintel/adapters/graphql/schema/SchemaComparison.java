package io.customerintel.adapters.graphql.schema;

import graphql.language.EnumTypeDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.diff.DiffCategory;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.DiffLevel;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Compares two schemas (SDL) with graphql-java's SchemaDiff and sorts its findings into {@link SchemaChanges}. */
final class SchemaComparison {
  private SchemaComparison() {}

  static SchemaChanges compare(String before, String after) {
    CapturingReporter reporter = new CapturingReporter();
    new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(before, after), reporter);
    List<String> breaking = new ArrayList<>();
    List<String> additions = new ArrayList<>();
    List<String> deprecations = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    for (DiffEvent event : reporter.getEvents()) {
      if (event.getLevel() == DiffLevel.BREAKING) {
        breaking.add(line(event));
      } else if (event.getCategory() == DiffCategory.ADDITION) {
        additions.add(line(event));
      } else if (event.getCategory() == DiffCategory.DEPRECATION_ADDED) {
        deprecations.add(line(event));
      } else if (event.getLevel() == DiffLevel.DANGEROUS) {
        notices.add(line(event));
      }
    }
    TypeDefinitionRegistry old = new SchemaParser().parse(before);
    additions.addAll(AddedDefinitions.between(old, new SchemaParser().parse(after)));
    Set<String> reached = reporter.getEvents().stream().map(DiffEvent::getTypeName).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Set<String> unreached = new TreeSet<>(judgedTypes(old));
    unreached.removeAll(reached);
    return new SchemaChanges(breaking, additions, deprecations, notices, unreached);
  }

  private static String line(DiffEvent event) {
    String where = event.getFieldName() == null ? event.getTypeName()
        : event.getTypeName() + "." + event.getFieldName();
    return event.getCategory() + " " + where + ": " + event.getReasonMsg();
  }

  /** Scalars have nothing to judge but their name, which every field using one already checks. */
  private static Set<String> judgedTypes(TypeDefinitionRegistry registry) {
    return registry.types().values().stream()
        .filter(type -> type instanceof ImplementingTypeDefinition || type instanceof EnumTypeDefinition
            || type instanceof InputObjectTypeDefinition || type instanceof UnionTypeDefinition)
        .map(TypeDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
  }
}

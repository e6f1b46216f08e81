package io.customerintel.adapters.graphql.limits;

import graphql.normalized.ExecutableNormalizedField;

/** Recognizes the introspection entry points, whose subtrees graphql-java's good-faith introspection bounds instead. */
final class Introspection {
  private Introspection() {
  }

  static boolean isRoot(ExecutableNormalizedField field) {
    return field.getLevel() == 1 && ("__schema".equals(field.getFieldName()) || "__type".equals(field.getFieldName()));
  }
}

package io.customerintel.adapters.graphql.wiring;

import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;

/** The contract's scalars, from graphql-java-extended-scalars. */
public final class Scalars {
  private Scalars() {}

  public static void wire(RuntimeWiring.Builder wiring) {
    wiring.scalar(described(ExtendedScalars.DateTime))
        .scalar(described(ExtendedScalars.Date))
        .scalar(described(ExtendedScalars.GraphQLBigDecimal.transform(b -> b.name("BigDecimal"))))
        .scalar(described(ExtendedScalars.Json.transform(b -> b.name("JSON"))));
  }

  /**
   * graphql-java prefers a scalar's own description to the SDL's; the library's are generic, the SDL's say what this
   * API means (UTC instants, tenant-local days), so the library's are dropped.
   */
  private static GraphQLScalarType described(GraphQLScalarType scalar) {
    return scalar.transform(b -> b.description(null));
  }
}

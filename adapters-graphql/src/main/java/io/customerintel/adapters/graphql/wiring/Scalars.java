package io.customerintel.adapters.graphql.wiring;

import graphql.scalars.ExtendedScalars;
import graphql.schema.idl.RuntimeWiring;

/** The contract's scalars, from graphql-java-extended-scalars. */
public final class Scalars {
  private Scalars() {}

  public static void wire(RuntimeWiring.Builder wiring) {
    wiring.scalar(ExtendedScalars.DateTime)
        .scalar(ExtendedScalars.Date)
        .scalar(ExtendedScalars.GraphQLBigDecimal.transform(b -> b.name("BigDecimal")))
        .scalar(ExtendedScalars.Json.transform(b -> b.name("JSON")));
  }
}

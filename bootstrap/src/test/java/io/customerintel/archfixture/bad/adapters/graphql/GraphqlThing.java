package io.customerintel.archfixture.bad.adapters.graphql;

/** Deliberately broken: the GraphQL adapter reaching into the Postgres adapter. */
public class GraphqlThing {
  public String leak() {
    return io.customerintel.archfixture.bad.adapters.postgres.PostgresThing.class.getName();
  }
}

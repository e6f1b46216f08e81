package io.customerintel.archfixture.bad.adapters.postgres;

/** Deliberately broken: the Postgres adapter reaching into the GraphQL adapter. */
public class PostgresThing {
  public Object leak() {
    return new io.customerintel.archfixture.bad.adapters.graphql.GraphqlThing();
  }
}

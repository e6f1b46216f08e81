package io.customerintel.adapters.graphql.export;

import io.customerintel.application.port.in.CustomerProfile;
import java.util.List;

/**
 * The customers an export renders in one execution; in the GraphQL context under KEY, Query.customers answers
 * them instead of reading a page.
 */
public record ExportBatch(List<CustomerProfile> customers) {
  public static final String KEY = "io.customerintel.exportBatch";

  public ExportBatch {
    customers = List.copyOf(customers);
  }
}

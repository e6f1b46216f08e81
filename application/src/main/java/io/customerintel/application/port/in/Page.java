package io.customerintel.application.port.in;

import java.util.List;

/** One page of a connection: items with their cursors, and where the connection continues. */
public record Page<T>(List<Edge<T>> edges, boolean hasNextPage, boolean hasPreviousPage) {
  public Page {
    edges = List.copyOf(edges);
  }

  /** An item and the cursor that continues after it. */
  public record Edge<T>(String cursor, T node) {}
}

package io.customerintel.adapters.graphql.dto;

import io.customerintel.application.port.in.Page;

/** Relay PageInfo for a page. */
public record PageInfoDto(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

  public static PageInfoDto of(Page<?> page) {
    var edges = page.edges();
    return new PageInfoDto(page.hasNextPage(), page.hasPreviousPage(),
        edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
  }
}

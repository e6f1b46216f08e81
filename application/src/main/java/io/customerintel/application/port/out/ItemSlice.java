package io.customerintel.application.port.out;

import java.util.List;

/** One page of a customer's items, and whether more follow. */
public record ItemSlice<T>(List<T> items, boolean hasMore, long totalCount) {
  public ItemSlice {
    items = List.copyOf(items);
  }
}

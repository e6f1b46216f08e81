package io.customerintel.application.port.in;

import java.util.Objects;

/** A page together with the total number of items in the whole list. */
public record Connection<T>(Page<T> page, long totalCount) {
  public Connection {
    Objects.requireNonNull(page, "page");
  }
}

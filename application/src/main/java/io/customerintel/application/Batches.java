package io.customerintel.application;

import java.util.List;
import java.util.Map;

/** The batch size limit of ingestion mutations: larger batches are refused whole, nothing stored. */
public final class Batches {
  public static final int MAX_ITEMS = 1000;

  private Batches() {}

  public static <T> List<T> checked(List<T> items) {
    if (items == null) {
      throw new UseCaseException(ErrorCodes.BAD_USER_INPUT, "input is required");
    }
    if (items.size() > MAX_ITEMS) {
      throw new UseCaseException(ErrorCodes.BATCH_TOO_LARGE,
          "a batch holds at most " + MAX_ITEMS + " items, got " + items.size(),
          Map.of("maxItems", MAX_ITEMS, "items", items.size()));
    }
    for (T item : items) {
      if (item == null) {
        throw new UseCaseException(ErrorCodes.BAD_USER_INPUT, "batch items must not be null");
      }
    }
    return List.copyOf(items);
  }
}

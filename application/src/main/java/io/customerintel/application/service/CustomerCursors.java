package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.CustomerPosition;
import io.customerintel.application.port.out.CustomerSort;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque customer cursors. A cursor names the order it was made for, so reusing it with another
 * order is refused instead of silently skipping or repeating customers.
 */
final class CustomerCursors {
  private static final String VERSION = "c1";
  private static final char SEPARATOR = '\u001f';

  private CustomerCursors() {}

  static String encode(CustomerSort sort, CustomerPosition position) {
    String raw = VERSION + SEPARATOR + sort.field() + SEPARATOR + (sort.descending() ? "DESC" : "ASC") + SEPARATOR
        + position.id() + SEPARATOR + position.sortKey();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static CustomerPosition decode(String cursor, CustomerSort sort) {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), 5);
    } catch (IllegalArgumentException e) {
      throw invalid("the cursor is not one this API issued");
    }
    if (parts.length != 5 || !VERSION.equals(parts[0])) {
      throw invalid("the cursor is not one this API issued");
    }
    if (!parts[1].equals(sort.field().name()) || !parts[2].equals(sort.descending() ? "DESC" : "ASC")) {
      throw invalid("the cursor was issued for another order (" + parts[1] + " " + parts[2] + ")");
    }
    try {
      return new CustomerPosition(parts[4], Long.parseLong(parts[3]));
    } catch (NumberFormatException e) {
      throw invalid("the cursor is not one this API issued");
    }
  }

  private static UseCaseException invalid(String message) {
    return new UseCaseException(ErrorCodes.INVALID_CURSOR, message);
  }
}

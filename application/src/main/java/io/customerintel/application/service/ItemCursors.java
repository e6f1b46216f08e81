package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.PageRequest.ItemPosition;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/** Opaque cursors for newest-first item lists (purchases, survey responses): time and id. */
final class ItemCursors {
  private static final String VERSION = "i1";

  private ItemCursors() {}

  static String encode(Instant at, long id) {
    String raw = VERSION + ":" + at.getEpochSecond() + ":" + at.getNano() + ":" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static ItemPosition decode(String cursor) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
      if (parts.length == 4 && VERSION.equals(parts[0])) {
        Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        return new ItemPosition(at, Long.parseLong(parts[3]));
      }
    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
      // falls through to the refusal: every malformed cursor gets the same answer
    }
    throw new UseCaseException(ErrorCodes.INVALID_CURSOR, "the cursor is not one this API issued");
  }
}

package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.WinBackCandidates.Position;
import io.customerintel.domain.winback.WinBackKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque win-back list cursors: the kind (a cursor continues only its own list), value and external id. */
final class WinBackCursors {
  private static final String VERSION = "w1";

  private WinBackCursors() {}

  static String encode(WinBackKind kind, Position position) {
    String raw = VERSION + ":" + kind.name() + ":" + position.value().toPlainString() + ":" + position.externalId();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static Position decode(String cursor, WinBackKind kind) {
    try {
      // the external id is last and may itself contain ':'
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 4);
      if (parts.length == 4 && VERSION.equals(parts[0]) && kind.name().equals(parts[1])) {
        return new Position(new BigDecimal(parts[2]), parts[3]);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal: every malformed cursor gets the same answer
    }
    throw new UseCaseException(ErrorCodes.INVALID_CURSOR, "the cursor is not one this API issued for this kind");
  }
}

package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.WinBackCandidates.Position;
import io.customerintel.domain.winback.WinBackKind;
import io.customerintel.domain.winback.WinBackValueBasis;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque win-back list cursors: the kind and the value basis (a cursor continues only the list and order it came
 * from), value and external id.
 */
final class WinBackCursors {
  private static final String VERSION = "w2";

  private WinBackCursors() {}

  static String encode(WinBackKind kind, WinBackValueBasis basis, Position position) {
    String raw = VERSION + ":" + kind.name() + ":" + basis.name() + ":" + position.value().toPlainString() + ":"
        + position.externalId();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static Position decode(String cursor, WinBackKind kind, WinBackValueBasis basis) {
    String[] parts;
    try {
      // the external id is last and may itself contain ':'
      parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 5);
      if (parts.length == 5 && VERSION.equals(parts[0]) && kind.name().equals(parts[1])) {
        WinBackValueBasis issuedFor = WinBackValueBasis.valueOf(parts[2]);
        if (issuedFor == basis) {
          return new Position(new BigDecimal(parts[3]), parts[4]);
        }
        throw new UseCaseException(ErrorCodes.INVALID_CURSOR, "the list is now ordered by " + basis + ", not "
            + issuedFor + " as when this cursor was issued (a model was fitted or changed): start from the first page");
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal: every malformed cursor gets the same answer
    }
    throw new UseCaseException(ErrorCodes.INVALID_CURSOR, "the cursor is not one this API issued for this kind");
  }
}

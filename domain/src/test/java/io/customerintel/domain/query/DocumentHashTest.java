package io.customerintel.domain.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentHashTest {

  @Test
  void isTheLowercaseHexSha256OfTheUtf8Text() {
    // sha256("{__typename}"), as `printf '%s' '{__typename}' | sha256sum` prints it
    assertEquals("ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38",
        DocumentHash.of("{__typename}").hex());
    assertEquals(DocumentHash.of("{ kundeÄ }"), DocumentHash.of("{ kundeÄ }"));
  }

  @Test
  void whiteSpaceMakesAnotherDocument() {
    assertFalse(DocumentHash.of("{__typename}").matches("{ __typename }"));
    assertTrue(DocumentHash.of("{ __typename }").matches("{ __typename }"));
  }

  @Test
  void aClientsHashMayUseEitherCase() {
    DocumentHash hash = DocumentHash.of("{__typename}");
    assertEquals(hash, DocumentHash.parse(hash.hex().toUpperCase()));
  }

  @Test
  void refusesAnythingButSixtyFourHexDigits() {
    assertThrows(IllegalArgumentException.class, () -> DocumentHash.parse("abc"));
    assertThrows(IllegalArgumentException.class, () -> DocumentHash.parse("g".repeat(64)));
    assertThrows(IllegalArgumentException.class, () -> new DocumentHash("A".repeat(64)));
  }
}

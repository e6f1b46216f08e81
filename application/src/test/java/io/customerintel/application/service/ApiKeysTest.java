package io.customerintel.application.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  @Test
  void aGeneratedKeyIsCiPrefixedBase64UrlOf256Bits() {
    String key = ApiKeys.generate();
    assertTrue(key.matches("ci_[A-Za-z0-9_-]{43}"), key);
    assertTrue(ApiKeys.wellFormed(key));
  }

  @Test
  void generatedKeysDoNotRepeat() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      keys.add(ApiKeys.generate());
    }
    assertEquals(1000, keys.size());
  }

  @Test
  void aWellFormedKeyIs16To128LettersDigitsDashesOrUnderscores() {
    assertTrue(ApiKeys.wellFormed("a".repeat(16)));
    assertTrue(ApiKeys.wellFormed("A-b_9".repeat(25) + "xyz"));
    assertFalse(ApiKeys.wellFormed("a".repeat(15)));
    assertFalse(ApiKeys.wellFormed("a".repeat(129)));
    assertFalse(ApiKeys.wellFormed(null));
    assertFalse(ApiKeys.wellFormed("a".repeat(16) + " "));
    assertFalse(ApiKeys.wellFormed("a".repeat(16) + "="));
    assertFalse(ApiKeys.wellFormed("Bearer " + "a".repeat(16)));
  }

  @Test
  void theStoredHashIsSha256OfTheKeysUtf8Bytes() {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        HexFormat.of().formatHex(ApiKeys.hash("abc")));
    String key = ApiKeys.generate();
    assertArrayEquals(ApiKeys.hash(key), ApiKeys.hash(new String(key)));
    assertEquals(32, ApiKeys.hash(key).length);
    assertFalse(HexFormat.of().formatHex(ApiKeys.hash(key)).contains(key));
  }
}

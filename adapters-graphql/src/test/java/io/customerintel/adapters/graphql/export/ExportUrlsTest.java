package io.customerintel.adapters.graphql.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExportUrlsTest {
  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  private static final byte[] SECRET = "a secret of thirty-two bytes....".getBytes(StandardCharsets.UTF_8);

  private static ExportUrls at(Instant now) {
    return new ExportUrls(SECRET, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static long expires(String path) {
    return Long.parseLong(path.replaceAll(".*expires=(\\d+).*", "$1"));
  }

  private static String signature(String path) {
    return path.substring(path.indexOf("signature=") + "signature=".length());
  }

  @Test
  void aSignedPathHoldsForAnHourAndIsOursForThatIdOnly() {
    String path = at(NOW).signedPath("QnVsaw", NOW.plusSeconds(86_400));
    assertTrue(path.startsWith("/exports/QnVsaw?expires="));
    assertEquals(NOW.plusSeconds(3600).getEpochSecond(), expires(path));
    assertTrue(at(NOW).signedByUs("QnVsaw", expires(path), signature(path)));
    assertFalse(at(NOW).signedByUs("QnVsbw", expires(path), signature(path)));
    assertFalse(at(NOW).signedByUs("QnVsaw", expires(path) + 1, signature(path)));
  }

  @Test
  void theLinkExpiresAfterItsHourOrWithTheFileIfThatIsSooner() {
    String path = at(NOW).signedPath("QnVsaw", NOW.plusSeconds(600));
    assertEquals(NOW.plusSeconds(600).getEpochSecond(), expires(path));
    assertFalse(at(NOW.plusSeconds(599)).expired(expires(path)));
    assertTrue(at(NOW.plusSeconds(600)).expired(expires(path)));
  }

  @Test
  void anotherSecretsSignatureIsRefused() {
    String path = ExportUrls.withRandomSecret(Clock.fixed(NOW, ZoneOffset.UTC)).signedPath("QnVsaw", NOW.plusSeconds(86_400));
    assertFalse(at(NOW).signedByUs("QnVsaw", expires(path), signature(path)));
  }
}

package io.customerintel.adapters.graphql.export;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Download paths of exports, signed with HMAC-SHA256 over the export's global id and the expiry second: whoever
 * holds the path may download until it expires, without an API key. Every instance must share the secret
 * (EXPORT_SIGNING_SECRET), or a path signed by one is refused by another.
 */
public final class ExportUrls {
  public static final String PATH = "/exports/";
  public static final Duration VALIDITY = Duration.ofHours(1);
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Clock clock;

  public ExportUrls(byte[] secret, Clock clock) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("the signing secret needs at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    this.clock = clock;
  }

  /** With a random secret: signed paths hold on this process only. */
  public static ExportUrls withRandomSecret(Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return new ExportUrls(secret, clock);
  }

  /** The path of the export, valid for VALIDITY but never past the file's own expiry. */
  public String signedPath(String globalId, Instant fileExpiresAt) {
    Instant until = clock.instant().plus(VALIDITY);
    long expires = (until.isAfter(fileExpiresAt) ? fileExpiresAt : until).getEpochSecond();
    return PATH + globalId + "?expires=" + expires + "&signature=" + sign(globalId, expires);
  }

  /** Whether the signature is ours for this id and expiry (constant-time); expiry is checked separately. */
  public boolean signedByUs(String globalId, long expires, String signature) {
    byte[] expected = sign(globalId, expires).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }

  /** Now, by the clock the paths are signed with. */
  public Instant now() {
    return clock.instant();
  }

  public boolean expired(long expires) {
    return clock.instant().getEpochSecond() >= expires;
  }

  private String sign(String globalId, long expires) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal((globalId + "\n" + expires).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}

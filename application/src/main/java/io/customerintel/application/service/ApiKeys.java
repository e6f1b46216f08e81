package io.customerintel.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Makes API keys and their stored hashes; a key is 256 random bits, so a plain SHA-256 suffices. */
public final class ApiKeys {
  public static final String PREFIX = "ci_";
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{16,128}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  public static String generate() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** Whether a presented string can be a key at all; anything else is refused without a lookup. */
  public static boolean wellFormed(String key) {
    return key != null && FORMAT.matcher(key).matches();
  }

  public static byte[] hash(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

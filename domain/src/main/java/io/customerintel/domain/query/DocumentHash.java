package io.customerintel.domain.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a GraphQL document's text (UTF-8, lowercase hex): the name a persisted query is sent and stored by.
 * The hash names the exact text, so two texts that differ only in white space are two documents.
 */
public record DocumentHash(String hex) {
  private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");

  public DocumentHash {
    Objects.requireNonNull(hex, "hex");
    if (!FORMAT.matcher(hex).matches()) {
      throw new IllegalArgumentException("a document hash is 64 lowercase hex digits");
    }
  }

  /** The hash of a document's text. */
  public static DocumentHash of(String document) {
    Objects.requireNonNull(document, "document");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
      return new DocumentHash(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** A hash as a client sent it; hex digits in either case name the same hash. */
  public static DocumentHash parse(String text) {
    Objects.requireNonNull(text, "text");
    return new DocumentHash(text.toLowerCase(Locale.ROOT));
  }

  /** Whether this is the hash of the given text. */
  public boolean matches(String document) {
    return of(document).equals(this);
  }

  @Override
  public String toString() {
    return hex;
  }
}

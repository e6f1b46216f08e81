package io.customerintel.bootstrap.config;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The parts of a libpq-style {@code postgres://user:pass@host:port/db?sslmode=...} URL, parsed by hand because
 * {@link java.net.URI} drops hosts with underscores (common for container service names) and mangles '+'.
 * Absent parts are {@code null} so the PG* variables can fill them in; errors never repeat the URL, which holds a
 * password.
 */
record DatabaseUrl(String host, Integer port, String database, String user, String password, String sslMode) {

  static final String VARIABLE = "DATABASE_URL";

  static DatabaseUrl parse(String url) {
    String text = url.trim();
    int schemeEnd = text.indexOf("://");
    String scheme = schemeEnd < 0 ? "" : text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
    if (!scheme.equals("postgres") && !scheme.equals("postgresql")) {
      throw invalid("it must start with postgres:// or postgresql://");
    }
    String rest = text.substring(schemeEnd + 3);
    if (rest.indexOf('#') >= 0) {
      throw invalid("it must not contain a '#' fragment (percent-encode '#' in a password as %23)");
    }
    String query = null;
    int queryStart = rest.indexOf('?');
    if (queryStart >= 0) {
      query = rest.substring(queryStart + 1);
      rest = rest.substring(0, queryStart);
    }
    String path = null;
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      path = rest.substring(slash + 1);
      rest = rest.substring(0, slash);
    }

    String user = null;
    String password = null;
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = rest.substring(0, at);
      rest = rest.substring(at + 1);
      int colon = userInfo.indexOf(':');
      user = emptyToNull(decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name"));
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1), "password");
    }

    String host;
    String portText = null;
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      if (close < 0) {
        throw invalid("an IPv6 host must end with ']'");
      }
      host = rest.substring(1, close);
      String after = rest.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw invalid("unexpected text after the IPv6 host");
        }
        portText = after.substring(1);
      }
    } else {
      if (rest.indexOf(',') >= 0) {
        throw invalid("several hosts are not supported");
      }
      int colon = rest.indexOf(':');
      if (colon >= 0 && rest.indexOf(':', colon + 1) >= 0) {
        throw invalid("an IPv6 host must be written in brackets, like [::1]");
      }
      host = colon < 0 ? rest : rest.substring(0, colon);
      portText = colon < 0 ? null : rest.substring(colon + 1);
      host = decode(host, "host");
    }
    Integer port = portText == null || portText.isEmpty() ? null : port(portText);

    String database = null;
    if (path != null && !path.isEmpty()) {
      if (path.indexOf('/') >= 0) {
        throw invalid("the path must be only the database name");
      }
      database = decode(path, "database name");
    }

    String sslMode = null;
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        if (equals < 0) {
          throw invalid("query parameter '" + pair + "' has no value");
        }
        String key = decode(pair.substring(0, equals), "query parameter");
        String value = decode(pair.substring(equals + 1), "query parameter " + key);
        // the libpq parameters that say where and as whom; others (connect_timeout, ...) are not ours to use
        switch (key) {
          case "sslmode" -> sslMode = value;
          case "host" -> host = value;
          case "port" -> port = port(value);
          case "dbname" -> database = value;
          case "user" -> user = value;
          case "password" -> password = value;
          default -> { }
        }
      }
    }
    return new DatabaseUrl(emptyToNull(host), port, emptyToNull(database), emptyToNull(user), password,
        emptyToNull(sslMode));
  }

  private static Integer port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid("port '" + text + "' is not a number from 1 to 65535");
  }

  /** Strict %XX decoding as UTF-8; '+' stays '+', as libpq reads it. */
  private static String decode(String text, String what) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          throw invalid("bad percent-encoding in the " + what);
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw invalid("bad percent-encoding in the " + what);
        }
        bytes.write(high * 16 + low);
        i += 3;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(encoded, 0, encoded.length);
        i++;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid("the " + what + " is not percent-encoded UTF-8");
    }
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static ConfigException invalid(String reason) {
    return new ConfigException(VARIABLE + " is not a valid postgres:// URL: " + reason);
  }
}

package io.customerintel.adapters.graphql.export;

import io.vertx.core.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a GraphQL result (maps, lists, strings, numbers, booleans, null) as the compact JSON text the HTTP
 * transport's codec (Vert.x over Jackson, default settings) writes for it, byte for byte, without its per-value
 * serializer lookups: an export writes a million of them. Any other value type is left to that codec.
 * JsonTextTest holds the two to the same output.
 */
final class JsonText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonText() {}

  static String encode(Map<String, Object> object) {
    StringBuilder out = new StringBuilder(256);
    append(out, object);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(out, text);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(out, String.valueOf(entry.getKey()));
        out.append(':');
        append(out, entry.getValue());
      }
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object element : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        append(out, element);
      }
      out.append(']');
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toString());
    } else if (value instanceof Double number && Double.isFinite(number)) {
      out.append(Double.toString(number));
    } else {
      out.append(Json.encode(value));
    }
  }

  /** Jackson's default escaping: quote, backslash and control characters; everything else as is. */
  private static void string(StringBuilder out, String text) {
    out.append('"');
    int length = text.length();
    int plain = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    out.append(text, plain, length).append('"');
  }
}

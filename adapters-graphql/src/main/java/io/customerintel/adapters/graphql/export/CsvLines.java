package io.customerintel.adapters.graphql.export;

import io.vertx.core.json.JsonArray;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an export's JSON lines into CSV (RFC 4180, CRLF line ends): one column per top-level key of the customer,
 * in the query's order. Nested objects and lists stay JSON text in their cell, numbers keep their JSON text (no
 * re-encoding), null is an empty cell.
 */
public final class CsvLines {
  private CsvLines() {}

  public static String header(List<String> columns) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      cell(line, columns.get(i));
    }
    return line.append("\r\n").toString();
  }

  /** One customer's JSON line as a CSV record; values keep their JSON text (numbers exactly as written). */
  public static String record(String jsonLine, List<String> columns) {
    Map<String, String> values = topLevel(jsonLine);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String raw = values.get(columns.get(i));
      if (raw == null || raw.equals("null")) {
        continue;
      }
      // a string cell is the string itself; numbers, booleans, objects and lists stay their JSON text
      cell(line, raw.charAt(0) == '"' ? new JsonArray("[" + raw + "]").getString(0) : raw);
    }
    return line.append("\r\n").toString();
  }

  /** The raw JSON text of each top-level value of an object, by key, without re-encoding anything. */
  static Map<String, String> topLevel(String json) {
    Map<String, String> values = new HashMap<>();
    int i = skipSpace(json, 0);
    if (i >= json.length() || json.charAt(i) != '{') {
      throw new IllegalArgumentException("not a JSON object");
    }
    i = skipSpace(json, i + 1);
    while (i < json.length() && json.charAt(i) != '}') {
      int keyEnd = endOfValue(json, i);
      String key = new JsonArray("[" + json.substring(i, keyEnd) + "]").getString(0);
      int valueStart = skipSpace(json, skipSpace(json, keyEnd) + 1);
      int valueEnd = endOfValue(json, valueStart);
      values.put(key, json.substring(valueStart, valueEnd).trim());
      i = skipSpace(json, valueEnd);
      if (i < json.length() && json.charAt(i) == ',') {
        i = skipSpace(json, i + 1);
      }
    }
    return values;
  }

  /** Where the JSON value starting at start ends: strings honour escapes, objects and lists their nesting. */
  private static int endOfValue(String json, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          if (depth == 0) {
            return i + 1;
          }
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return i;
        }
        if (--depth == 0) {
          return i + 1;
        }
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return json.length();
  }

  private static int skipSpace(String json, int i) {
    while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void cell(StringBuilder line, String text) {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(text);
      return;
    }
    line.append('"').append(text.replace("\"", "\"\"")).append('"');
  }
}

package io.customerintel.adapters.graphql.export;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Turns an export's JSON lines into CSV (RFC 4180, CRLF line ends): one column per top-level key of the customer,
 * in the query's order. Nested objects and lists stay JSON text in their cell; null is an empty cell.
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

  /** One customer's JSON line as a CSV record. */
  public static String record(String jsonLine, List<String> columns) {
    JsonObject customer = new JsonObject(jsonLine);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      Object value = customer.getValue(columns.get(i));
      if (value instanceof JsonObject object) {
        cell(line, object.encode());
      } else if (value instanceof JsonArray array) {
        cell(line, array.encode());
      } else if (value != null) {
        cell(line, value.toString());
      }
    }
    return line.append("\r\n").toString();
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

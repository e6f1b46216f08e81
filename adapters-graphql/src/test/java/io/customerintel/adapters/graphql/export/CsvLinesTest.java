package io.customerintel.adapters.graphql.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLinesTest {
  private static final List<String> COLUMNS = List.of("externalId", "name", "value", "purchases", "score");

  @Test
  void theHeaderNamesTheColumnsInOrder() {
    assertEquals("externalId,name,value,purchases,score\r\n", CsvLines.header(COLUMNS));
  }

  @Test
  void nestedObjectsAndListsStayJsonAndCellsWithSeparatorsOrQuotesAreQuoted() {
    String line = "{\"externalId\":\"C1\",\"name\":\"Smith, \\\"Ann\\\"\",\"value\":{\"tier\":\"TOP_1\"},"
        + "\"purchases\":[{\"amount\":19.90}],\"score\":87}";
    assertEquals("C1,\"Smith, \"\"Ann\"\"\",\"{\"\"tier\"\":\"\"TOP_1\"\"}\",\"[{\"\"amount\"\":19.90}]\",87\r\n",
        CsvLines.record(line, COLUMNS));
  }

  @Test
  void nullAndMissingKeysAreEmptyCells() {
    assertEquals("C2,,,,\r\n", CsvLines.record("{\"externalId\":\"C2\",\"name\":null}", COLUMNS));
  }

  @Test
  void lineBreaksInsideAValueAreQuoted() {
    assertEquals("\"a\nb\",,,,\r\n", CsvLines.record("{\"externalId\":\"a\\nb\"}", COLUMNS));
  }
}

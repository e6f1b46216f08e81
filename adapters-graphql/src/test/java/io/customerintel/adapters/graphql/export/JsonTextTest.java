package io.customerintel.adapters.graphql.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  private static void sameAsTheTransport(Map<String, Object> value) {
    assertEquals(new JsonObject(value).encode(), JsonText.encode(value));
  }

  @Test
  void everyCharacterIsEscapedAsTheTransportEscapesIt() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      all.append(c);
    }
    all.append("\uD83D\uDE00 \u2028 \u2029 \uFEFF");
    Map<String, Object> value = new LinkedHashMap<>();
    value.put(all.toString(), all.toString());
    sameAsTheTransport(value);
  }

  @Test
  void numbersBooleansNullsListsAndNestedObjectsAreWrittenAsTheTransportWritesThem() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("amount", new BigDecimal("19.90"));
    nested.put("big", new BigDecimal("1E+3"));
    nested.put("tiny", new BigDecimal("0.0000001"));
    nested.put("count", 42);
    nested.put("long", 12_345_678_901L);
    nested.put("huge", new BigInteger("123456789012345678901234567890"));
    nested.put("ratio", 0.1 + 0.2);
    nested.put("whole", 100.0);
    nested.put("exp", 1.0e-7);
    nested.put("yes", true);
    nested.put("none", null);
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("id", "QnVsaw");
    value.put("value", nested);
    value.put("list", List.of(1, "two", List.of(), Map.of()));
    value.put("empty", new LinkedHashMap<>());
    sameAsTheTransport(value);
  }

  @Test
  void randomDocumentsAreWrittenAsTheTransportWritesThem() {
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      sameAsTheTransport(randomObject(random, 3));
    }
  }

  private static Map<String, Object> randomObject(Random random, int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    int size = random.nextInt(6);
    for (int i = 0; i < size; i++) {
      object.put(randomString(random), randomValue(random, depth));
    }
    return object;
  }

  private static Object randomValue(Random random, int depth) {
    switch (random.nextInt(depth > 0 ? 9 : 7)) {
      case 0: return null;
      case 1: return randomString(random);
      case 2: return random.nextInt();
      case 3: return random.nextLong();
      case 4: return random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
      case 5: return BigDecimal.valueOf(random.nextLong(), random.nextInt(20) - 5);
      case 6: return random.nextBoolean();
      case 7: {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(randomValue(random, depth - 1));
        }
        return list;
      }
      default: return randomObject(random, depth - 1);
    }
  }

  private static String randomString(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0xD800)));
    }
    return text.toString();
  }
}

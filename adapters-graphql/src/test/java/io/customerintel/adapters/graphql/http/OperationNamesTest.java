package io.customerintel.adapters.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationNamesTest {

  @Test
  void theFirstNamesAreKeptAndLaterNewOnesBecomeOther() {
    OperationNames names = new OperationNames(3);
    assertEquals("A", names.tag("A"));
    assertEquals("B", names.tag("B"));
    assertEquals("C", names.tag("C"));
    assertEquals(OperationNames.OTHER, names.tag("D"));
    assertEquals("A", names.tag("A"), "a kept name stays itself after the cap is reached");
    assertEquals(OperationNames.OTHER, names.tag("E"));
  }

  @Test
  void missingNamesAreAnonymousAndTextThatIsNoGraphQLNameIsInvalidWithoutTakingRoom() {
    OperationNames names = new OperationNames(1);
    assertEquals(OperationNames.ANONYMOUS, names.tag(null));
    assertEquals(OperationNames.ANONYMOUS, names.tag(""));
    assertEquals(OperationNames.INVALID, names.tag("query { customers }"));
    assertEquals(OperationNames.INVALID, names.tag("Ünïcode"));
    assertEquals(OperationNames.INVALID, names.tag("a".repeat(OperationNames.MAX_LENGTH + 1)));
    assertEquals("Kept", names.tag("Kept"), "refused names did not use the one place");
  }

  @Test
  void concurrentNewNamesNeverExceedTheCap() throws Exception {
    OperationNames names = new OperationNames(50);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> tags = new ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        String name = "Op" + i;
        tags.add(pool.submit(() -> names.tag(name)));
      }
      Set<String> distinct = new HashSet<>();
      for (Future<String> tag : tags) {
        distinct.add(tag.get());
      }
      distinct.remove(OperationNames.OTHER);
      assertEquals(50, distinct.size());
    } finally {
      pool.shutdownNow();
    }
  }
}

package io.customerintel.adapters.graphql.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.customerintel.adapters.graphql.contract.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The served schema may grow but never break a client: neither one written against the last released schema (the
 * committed snapshot) nor one written against the core contract (../shared/contract/core.graphqls). Additions,
 * deprecations and notices are printed to the test's output for the CHANGELOG; only breaking changes fail.
 */
class SchemaCompatibilityTest {

  @Test
  void theServedSchemaBreaksNothingOfTheReleasedSnapshot() {
    String served = ServedSchema.printed();
    if (Boolean.getBoolean(Snapshot.UPDATE_PROPERTY)) {
      String accepted = Snapshot.readIfPresent().map(old -> SchemaComparison.compare(old, served).describe())
          .orElse("the whole schema (there was no snapshot)");
      Path file = Snapshot.write(served);
      System.out.println("Snapshot rewritten: " + file + "\nAccepted, to record in CHANGELOG.md:\n" + accepted);
      return;
    }
    SchemaChanges changes = SchemaComparison.compare(Snapshot.read(), served);
    System.out.println("Served schema against the snapshot:\n" + changes.describe());
    failOnBreaking("the released snapshot (src/test/resources" + Snapshot.RESOURCE + ")", changes);
  }

  @Test
  void theServedSchemaBreaksNothingOfTheCoreContract() throws IOException {
    String contract = Files.readString(RepositoryFiles.coreContract());
    SchemaChanges changes = SchemaComparison.compare(contract, ServedSchema.printed());
    System.out.println("Served schema against the core contract:\n" + changes.describe());
    failOnBreaking("the core contract (" + RepositoryFiles.coreContract() + ")", changes);
  }

  /** SchemaDiff walks from the root types; a type it never reaches would go unjudged, so none may exist. */
  @Test
  void theDiffReachesEveryTypeOfTheSnapshotAndTheContract() throws IOException {
    assertEquals(Set.of(), SchemaComparison.compare(Snapshot.read(), Snapshot.read()).unreachedTypes());
    String contract = Files.readString(RepositoryFiles.coreContract());
    assertEquals(Set.of(), SchemaComparison.compare(contract, contract).unreachedTypes());
  }

  @Test
  void aSnapshotWrittenNowWouldShowNoChanges() {
    String served = ServedSchema.printed();
    assertEquals("no changes", SchemaComparison.compare(Snapshot.render(served), served).describe());
  }

  private static void failOnBreaking(String against, SchemaChanges changes) {
    if (!changes.breaking().isEmpty()) {
      fail("The served schema breaks clients of " + against + ":\n" + String.join("\n", changes.breaking())
          + "\nKeep the old field or value working (deprecate it: docs/schema-governance.md) instead.");
    }
  }
}

package io.customerintel.adapters.graphql.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The committed snapshot of the schema as last released: src/test/resources/schema/snapshot.graphqls. */
final class Snapshot {
  static final String RESOURCE = "/schema/snapshot.graphqls";
  /** Set to true to accept the served schema as the new snapshot (docs/schema-governance.md). */
  static final String UPDATE_PROPERTY = "schema.snapshot.update";

  private static final String HEADER = """
      # The customer-intel schema as last released, printed from the built schema by graphql-java's SchemaPrinter.
      # SchemaCompatibilityTest fails on any change to the served schema that would break a client of this one.
      # Do not edit by hand: when releasing, rewrite it with
      #   mvn -o -B -q -pl adapters-graphql -am test -Dtest=SchemaCompatibilityTest \\
      #       -Dsurefire.failIfNoSpecifiedTests=false -Dschema.snapshot.update=true
      # and record the release in CHANGELOG.md (docs/schema-governance.md).

      """;

  private Snapshot() {}

  static String read() {
    return readIfPresent().orElseThrow(() ->
        new IllegalStateException(RESOURCE + " is missing: write it with -D" + UPDATE_PROPERTY + "=true"));
  }

  static Optional<String> readIfPresent() {
    try (InputStream in = Snapshot.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String render(String printedSchema) {
    return HEADER + printedSchema;
  }

  /** Writes the source file, not the copy on the class path, so the change shows up in git. */
  static Path write(String printedSchema) {
    try {
      Path file = sourceFile();
      Files.createDirectories(file.getParent());
      Files.writeString(file, render(printedSchema));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path sourceFile() {
    for (Path module : new Path[] {Path.of(""), Path.of("adapters-graphql")}) {
      if (Files.isDirectory(module.resolve("src/test/java/io/customerintel/adapters/graphql"))) {
        return module.resolve("src/test/resources" + RESOURCE).toAbsolutePath();
      }
    }
    throw new IllegalStateException("run the update from the repository root or from adapters-graphql");
  }
}

package io.customerintel.adapters.graphql.contract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the core contract beside the clone (../shared) and files at the repository root, wherever tests run. */
public final class RepositoryFiles {
  private RepositoryFiles() {}

  /** The core contract, ../shared/contract/core.graphqls. */
  public static Path coreContract() {
    return above("shared/contract/core.graphqls", "../shared must sit beside the clone");
  }

  /** The repository's CHANGELOG.md. */
  public static Path changelog() {
    return above("CHANGELOG.md", "it sits at the repository root");
  }

  /** The first file at this relative path in the working directory or one of its parents. */
  private static Path above(String relative, String hint) {
    Path dir = Path.of("").toAbsolutePath();
    for (Path at = dir; at != null; at = at.getParent()) {
      Path candidate = at.resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(relative + " not found above " + dir + " (" + hint + ")");
  }
}

package io.customerintel.adapters.graphql.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What changed from one schema to the next: changes that break existing clients, additions, new deprecations, other
 * notices (changed defaults), and the old schema's types the diff never reached (so could not judge).
 */
record SchemaChanges(List<String> breaking, List<String> additions, List<String> deprecations, List<String> notices,
                     Set<String> unreachedTypes) {

  /** A report for humans: every section that has entries, one change a line. */
  String describe() {
    List<String> lines = new ArrayList<>();
    section(lines, "Breaking", breaking);
    section(lines, "Added", additions);
    section(lines, "Deprecated", deprecations);
    section(lines, "Notices", notices);
    section(lines, "Types the diff did not reach", List.copyOf(unreachedTypes));
    return lines.isEmpty() ? "no changes" : String.join("\n", lines);
  }

  private static void section(List<String> lines, String title, List<String> entries) {
    if (!entries.isEmpty()) {
      lines.add(title + ":");
      entries.forEach(entry -> lines.add("  - " + entry));
    }
  }
}

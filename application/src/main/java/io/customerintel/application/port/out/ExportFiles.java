package io.customerintel.application.port.out;

import io.customerintel.domain.export.BulkExportId;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Where export files live. Every method blocks on the file system: call it off the event loops. */
public interface ExportFiles {

  /** The file name an export writes to. */
  String fileName(BulkExportId id);

  /** A new, empty file of that name (replacing a leftover one). */
  Output create(String fileName) throws IOException;

  Path path(String fileName);

  /** Removes the file if it is there. */
  void delete(String fileName) throws IOException;

  /** An open export file, appended line by line. */
  interface Output extends Closeable {
    /** Appends each line and a line feed; resolves to the file's size after them. */
    long append(List<String> lines) throws IOException;
  }
}

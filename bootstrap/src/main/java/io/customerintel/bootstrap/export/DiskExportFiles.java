package io.customerintel.bootstrap.export;

import io.customerintel.application.port.out.ExportFiles;
import io.customerintel.domain.export.BulkExportId;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Export files in one directory (EXPORT_DIR), written through a buffer, never held whole in memory. */
public final class DiskExportFiles implements ExportFiles {
  private static final int BUFFER_BYTES = 1 << 20;

  private final Path directory;

  public DiskExportFiles(Path directory) {
    this.directory = directory;
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create EXPORT_DIR " + directory, e);
    }
  }

  @Override
  public String fileName(BulkExportId id) {
    return "bulk-export-" + id.value() + ".jsonl";
  }

  @Override
  public Output create(String fileName) throws IOException {
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(path(fileName)), BUFFER_BYTES);
    return new Output() {
      private long size;

      @Override
      public long append(List<String> lines) throws IOException {
        for (String line : lines) {
          byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
          out.write(bytes);
          out.write('\n');
          size += bytes.length + 1;
        }
        return size;
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }

  @Override
  public Path path(String fileName) {
    if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
      throw new IllegalArgumentException("not an export file name: " + fileName);
    }
    return directory.resolve(fileName);
  }

  @Override
  public void delete(String fileName) throws IOException {
    Files.deleteIfExists(path(fileName));
  }
}

package io.customerintel.bootstrap.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportSettingsTest {

  @Test
  void unsetMeansATemporaryDirectoryARandomSecretAndBatchesOfAThousand() {
    ExportSettings settings = ExportSettings.fromEnvironment(Map.of());
    assertTrue(settings.directory().endsWith("customer-intel-exports"));
    assertNull(settings.signingSecret());
    assertEquals(1_000, settings.batchSize());
  }

  @Test
  void theVariablesAreRead() {
    ExportSettings settings = ExportSettings.fromEnvironment(Map.of("EXPORT_DIR", "/mnt/exports",
        "EXPORT_SIGNING_SECRET", "0123456789abcdef", "EXPORT_BATCH_SIZE", "5000"));
    assertEquals(Path.of("/mnt/exports"), settings.directory());
    assertArrayEquals("0123456789abcdef".getBytes(StandardCharsets.UTF_8), settings.signingSecret());
    assertEquals(5_000, settings.batchSize());
  }

  @Test
  void aShortSecretOrABadBatchSizeStopsTheStartNamingTheVariable() {
    assertTrue(assertThrows(ConfigException.class, () -> ExportSettings.fromEnvironment(
        Map.of("EXPORT_SIGNING_SECRET", "short"))).getMessage().startsWith("EXPORT_SIGNING_SECRET"));
    for (String size : new String[] {"0", "many", "100001"}) {
      assertTrue(assertThrows(ConfigException.class, () -> ExportSettings.fromEnvironment(
          Map.of("EXPORT_BATCH_SIZE", size))).getMessage().startsWith("EXPORT_BATCH_SIZE"));
    }
  }
}

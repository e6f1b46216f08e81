package io.customerintel.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The GraphQL-over-HTTP audits of the npm package graphql-http (version pinned in
 * src/test/resources/graphql-http-audit) against the real server: every MUST passes, and every SHOULD except the
 * waived ones listed here with their reason (docs/graphql-over-http.md). Needs Node 18+ and npm; without them this test
 * fails rather than skips, so CI can never pass without the audit having run.
 */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class GraphQlOverHttpAuditTest {

  /** SHOULD audits (by id) the server fails on purpose, each with its reason; none at present. */
  private static final Map<String, String> WAIVED_SHOULDS = Map.of();

  private static final String AUDIT_RESOURCES = "/graphql-http-audit/";
  private static final List<String> AUDIT_FILES = List.of("package.json", "package-lock.json", "audit.mjs");
  private static final long NPM_TIMEOUT_MINUTES = 5;
  private static final long AUDIT_TIMEOUT_MINUTES = 2;

  @Test
  void passesEveryMustAuditAndEveryShouldAuditThatIsNotWaived() throws Exception {
    Path dir = installAudit();
    JsonArray results = runAudit(dir, TestServer.baseUrl() + "/graphql", TestServer.newTenantKey());

    Map<String, Integer> tally = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Object item : results) {
      JsonObject result = (JsonObject) item;
      String level = result.getString("name").split(" ")[0];
      boolean ok = "ok".equals(result.getString("status"));
      tally.merge(level + (ok ? " ok" : " failed"), 1, Integer::sum);
      boolean required = "MUST".equals(level) || "SHOULD".equals(level) && !WAIVED_SHOULDS.containsKey(result.getString("id"));
      if (!ok && required) {
        failures.add(result.getString("id") + " " + result.getString("name") + ": " + result.getString("reason")
            + " (HTTP " + result.getValue("httpStatus") + ", " + result.getString("body") + ")");
      }
    }
    System.out.println("[graphql-http audit] " + tally);
    assertTrue(tally.getOrDefault("MUST ok", 0) >= 10, "the audit ran its MUST audits: " + tally);
    assertEquals(List.of(), failures, "graphql-http audits that must pass: " + tally);
  }

  /** Copies the audit package to target/ and installs its locked dependencies once (again when the lock changes). */
  private static Path installAudit() throws IOException, InterruptedException, URISyntaxException {
    Path dir = Path.of("target", "graphql-http-audit").toAbsolutePath();
    Files.createDirectories(dir);
    boolean lockChanged = false;
    for (String file : AUDIT_FILES) {
      URL resource = GraphQlOverHttpAuditTest.class.getResource(AUDIT_RESOURCES + file);
      if (resource == null) {
        fail("test resource missing: " + AUDIT_RESOURCES + file);
      }
      byte[] content = Files.readAllBytes(Path.of(resource.toURI()));
      Path target = dir.resolve(file);
      lockChanged |= file.equals("package-lock.json")
          && !(Files.exists(target) && Arrays.equals(Files.readAllBytes(target), content));
      Files.write(target, content);
    }
    if (lockChanged || !Files.isDirectory(dir.resolve("node_modules").resolve("graphql-http"))) {
      run(dir, NPM_TIMEOUT_MINUTES, Map.of(), "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    }
    return dir;
  }

  private static JsonArray runAudit(Path dir, String url, String apiKey) throws IOException, InterruptedException {
    String output = run(dir, AUDIT_TIMEOUT_MINUTES, Map.of("AUDIT_API_KEY", apiKey), "node", "audit.mjs", url);
    try {
      return new JsonArray(output);
    } catch (RuntimeException e) {
      throw new AssertionError("the audit printed no JSON results: " + output, e);
    }
  }

  /** Runs a command in dir and answers its standard output; fails the test, with its output, unless it exits 0. */
  private static String run(Path dir, long timeoutMinutes, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    Path stdout = Files.createTempFile(dir, "out", ".log");
    Path stderr = Files.createTempFile(dir, "err", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new AssertionError("'" + command[0] + "' cannot be started (" + e.getMessage() + "): the GraphQL-over-HTTP"
          + " audit needs Node 18+ and npm on the PATH", e);
    }
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " did not finish within " + timeoutMinutes + " minutes");
    }
    String out = Files.readString(stdout, StandardCharsets.UTF_8);
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    Files.deleteIfExists(stdout);
    Files.deleteIfExists(stderr);
    if (process.exitValue() != 0) {
      fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + err + out);
    }
    return out;
  }
}

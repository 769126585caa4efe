package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Node clients ({@code @okta/okta-sdk-nodejs}, {@code @okta/jwt-verifier}, pinned in {@code
 * node-tests/package-lock.json}) against an in-process fake over HTTPS, trusting its CA through
 * {@code NODE_EXTRA_CA_CERTS}. Runs {@code npm ci} when {@code node_modules} is missing, then
 * {@code node --test}. Skipped when {@code node} or {@code npm} is not on the PATH.
 */
class NodeClientsIT {

  private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration NODE_TIMEOUT = Duration.ofMinutes(2);

  private static FakeOktaServer okta;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
  }

  @AfterAll
  static void stop() {
    if (okta != null) {
      okta.close();
    }
  }

  @Test
  void should_list_users_retry_a_429_and_verify_tokens_with_real_node_clients() throws Exception {
    // GIVEN
    assumeTrue(onPath("node"), "node is not on the PATH; install Node 20 to run the Node proof");
    assumeTrue(onPath("npm"), "npm is not on the PATH; install npm to run the Node proof");
    Path project = nodeProject();
    if (!Files.isDirectory(project.resolve("node_modules"))) {
      Result install = run(project, List.of("npm", "ci", "--no-audit", "--no-fund"), NPM_TIMEOUT);
      then(install.exitCode()).as("npm ci failed:%n%s", install.output()).isZero();
    }
    // WHEN
    Result result = run(project, List.of("node", "--test"), NODE_TIMEOUT);
    // THEN
    then(result.exitCode()).as("node --test failed:%n%s", result.output()).isZero();
    then(result.output()).as(result.output()).contains("# fail 0").doesNotContain("# pass 0");
  }

  private static Path nodeProject() {
    Path here = Path.of("").toAbsolutePath();
    for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
      if (Files.isRegularFile(candidate.resolve("node-tests/package.json"))) {
        return candidate.resolve("node-tests");
      }
    }
    throw new IllegalStateException("no node-tests/package.json above " + here);
  }

  private Result run(Path project, List<String> command, Duration timeout)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile(dir, "node", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    Map<String, String> env = builder.environment();
    env.put("FAKE_OKTA_ORG_URL", okta.orgUrl());
    env.put("FAKE_OKTA_ISSUER", okta.issuer());
    env.put("FAKE_OKTA_API_TOKEN", okta.directory().apiToken());
    env.put("NODE_EXTRA_CA_CERTS", okta.tls().caCertificatePemPath().toString());
    env.put("NO_COLOR", "1");
    Process process = builder.start();
    boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!exited) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    return new Result(
        exited ? process.exitValue() : -1,
        exited ? text : "timed out after " + timeout + ":\n" + text);
  }

  private static boolean onPath(String executable) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String entry : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(entry, executable))) {
        return true;
      }
    }
    return false;
  }

  private record Result(int exitCode, String output) {}
}

package dev.fakeokta.server.standalone;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a real process: {@code java -jar}, its printed lines, HTTPS trusted through
 * the printed PEM only, the admin API, and a clean exit 0 on SIGTERM ({@code Process.destroy()}).
 */
class StandaloneJarIT {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern LINE = Pattern.compile("^\\s+([A-Za-z ()]+):\\s+(\\S+)");

  private final List<Process> processes = new ArrayList<>();

  @TempDir Path dir;

  @AfterEach
  void kill() {
    processes.forEach(Process::destroyForcibly);
  }

  @Test
  void should_start_serve_over_https_trusting_the_printed_pem_and_stop_cleanly_on_sigterm()
      throws Exception {
    // GIVEN
    Process process = start();
    Output stdout = new Output(dir.resolve("stdout.txt"));
    Output stderr = new Output(dir.resolve("stderr.txt"));
    Map<String, String> printed = stdout.untilStarted(process);
    String org = printed.get("Org URL");
    HttpClient client = clientTrusting(Path.of(printed.get("CA (PEM)")));
    // WHEN
    HttpResponse<String> scripted =
        send(
            client,
            "POST",
            org + "/__admin/fakeokta/scripts",
            "{\"request\": {\"method\": \"GET\", \"path\": \"/api/v1/users\"},"
                + " \"steps\": [{\"times\": 2, \"oktaError\": {\"code\": \"E0000047\"}}]}");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      statuses.add(send(client, "GET", org + "/api/v1/users", null).statusCode());
    }
    send(client, "POST", org + "/__admin/fakeokta/clock/advance", "{\"by\": \"P2D\"}");
    HttpResponse<String> afterAdvance =
        send(client, "GET", printed.get("Plain HTTP") + "/api/v1/users", null);
    HttpResponse<String> journal =
        send(client, "GET", org + "/__admin/fakeokta/journal?path=/api/v1/users", null);
    process.destroy(); // SIGTERM
    boolean exited = process.waitFor(30, TimeUnit.SECONDS);
    // THEN
    then(printed)
        .containsKeys(
            "Org URL", "Plain HTTP", "Issuer", "Client", "CA (PEM)", "Trust store", "Admin API");
    then(org).matches("https://127\\.0\\.0\\.1:\\d+");
    then(printed.get("Plain HTTP")).matches("http://127\\.0\\.0\\.1:\\d+");
    then(printed.get("Issuer")).isEqualTo(org + "/oauth2/default");
    then(scripted.statusCode()).isEqualTo(201);
    then(statuses).containsExactly(429, 429, 403); // then the management API: no credentials
    then(date(afterAdvance)).isAfter(Instant.now().plus(Duration.ofDays(2)).minusSeconds(60));
    then(journal.body()).contains("\"total\":4");
    then(exited).as("exited within 30 s of SIGTERM").isTrue();
    then(process.exitValue()).isZero();
    then(stdout.rest()).contains("FakeOkta stopped.");
    then(stderr.all()).doesNotContain("Exception").doesNotContain("ERROR");
    then(Path.of(printed.get("CA (PEM)"))).as("temporary TLS files removed").doesNotExist();
  }

  @Test
  void should_exit_2_naming_a_bad_flag() throws Exception {
    // WHEN
    Process process = start("--prot", "8080");
    boolean exited = process.waitFor(60, TimeUnit.SECONDS);
    // THEN
    then(exited).isTrue();
    then(process.exitValue()).isEqualTo(2);
    then(new Output(dir.resolve("stderr.txt")).all()).contains("unknown option --prot");
  }

  private Process start(String... args) throws IOException {
    String jar = System.getProperty("fakeokta.standaloneJar");
    then(jar).as("system property fakeokta.standaloneJar (set by failsafe)").isNotNull();
    then(Path.of(jar)).exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("stdout.txt").toFile())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    processes.add(process);
    return process;
  }

  private static HttpClient clientTrusting(Path pem) throws Exception {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry(
        "fakeokta-ca",
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem))));
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpResponse<String> send(
      HttpClient client, String method, String url, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Instant date(HttpResponse<String> response) {
    return ZonedDateTime.parse(
            response.headers().firstValue("Date").orElseThrow(),
            DateTimeFormatter.RFC_1123_DATE_TIME)
        .toInstant();
  }

  /** A process's output, redirected to a file (so it stays readable after Process.destroy()). */
  private static final class Output {
    private final Path file;
    private int consumed;

    Output(Path file) {
      this.file = file;
    }

    /** The " Name: value" lines, up to and including the Admin API line. */
    Map<String, String> untilStarted(Process process) throws Exception {
      long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
      while (System.nanoTime() < deadline) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> printed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
          Matcher matcher = LINE.matcher(lines.get(i));
          if (matcher.find()) {
            printed.put(matcher.group(1).strip(), matcher.group(2));
            if (matcher.group(1).strip().equals("Admin API")) {
              consumed = i + 1;
              return printed;
            }
          }
        }
        if (!process.isAlive()) {
          break;
        }
        Thread.sleep(100); // polling another process's output, not the fake's clock
      }
      throw new AssertionError(
          "the fake did not print its start lines; it printed " + Files.readString(file));
    }

    /** Everything after the start lines. */
    String rest() throws IOException {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.min(consumed, lines.size()), lines.size()));
    }

    String all() throws IOException {
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }
}

package dev.fakeokta.server.standalone;

import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner in-process: options, config file, start lines, and a fake that really serves. */
class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<FakeOktaServer> started = new ArrayList<>();

  @TempDir Path dir;

  @AfterEach
  void stop() {
    started.forEach(FakeOktaServer::stop);
  }

  @Test
  void should_print_urls_and_trust_material_and_serve_with_admin_api() throws Exception {
    // WHEN
    Main.Launch launch = launch("--journal-limit", "50");
    // THEN
    then(launch.exitCode()).isZero();
    FakeOktaServer server = launch.server();
    String org = server.orgUrl();
    then(org).startsWith("https://127.0.0.1:");
    then(out())
        .contains("Org URL:      " + org)
        .contains("Plain HTTP:   " + server.httpUrl())
        .contains("Issuer:       " + org + "/oauth2/default")
        .contains("Client:       0oafakeokta0default0 / secret fake-okta-default-client-secret")
        .contains("CA (PEM):     ")
        .contains(server.tls().caCertificatePemPath().toString())
        .contains(server.tls().trustStorePath().toString())
        .contains("password " + server.tls().trustStorePassword())
        .contains("Admin API:    " + org + "/__admin/fakeokta/");
    then(out().lines().count()).isLessThanOrEqualTo(9);
    then(err()).isEmpty();
    then(server.config().journalLimit()).isEqualTo(50);
    HttpClient client = HttpClient.newBuilder().sslContext(server.tls().sslContext()).build();
    HttpResponse<String> scripted =
        client.send(
            HttpRequest.newBuilder(URI.create(org + "/__admin/fakeokta/scripts"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"request\": {\"path\": \"/api/v1/users\"},"
                            + " \"steps\": [{\"oktaError\": {\"code\": \"E0000047\"}}]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    then(scripted.statusCode()).isEqualTo(201);
    then(get(client, org + "/api/v1/users")).isEqualTo(429);
    then(get(client, org + "/api/v1/users"))
        .isEqualTo(403); // no credentials: Okta answers E0000005
  }

  @Test
  void should_apply_the_config_file_and_let_flags_win() throws Exception {
    // GIVEN
    Path config =
        write(
            "{\"https\": false, \"legacy2019Statuses\": true, \"journalLimit\": 3, \"bind\":"
                + " \"127.0.0.1\"}");
    // WHEN
    Main.Launch launch = launch("--config", config.toString(), "--journal-limit=7");
    // THEN
    FakeOktaServer server = launch.server();
    then(server.orgUrl()).startsWith("http://127.0.0.1:");
    then(server.config().https()).isFalse();
    then(server.config().legacy2019Statuses()).isTrue();
    then(server.config().journalLimit()).isEqualTo(7);
    then(out()).doesNotContain("Plain HTTP").doesNotContain("CA (PEM)");
  }

  @Test
  void should_apply_scripts_from_the_config_file_at_start() throws Exception {
    // GIVEN
    Path config =
        write(
            "{\"scripts\": [{\"request\": {\"method\": \"GET\", \"path\": \"/api/v1/users\"},"
                + " \"steps\": [{\"times\": 2, \"oktaError\": {\"code\": \"E0000047\"}}]}]}");
    // WHEN
    FakeOktaServer server = launch("--config", config.toString()).server();
    HttpClient client = HttpClient.newBuilder().sslContext(server.tls().sslContext()).build();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      statuses.add(get(client, server.orgUrl() + "/api/v1/users"));
    }
    // THEN
    then(statuses).containsExactly(429, 429, 403);
  }

  @Test
  void should_apply_fault_steps_from_the_config_file_and_name_a_bad_one() throws Exception {
    // GIVEN
    Path config =
        write(
            "{\"https\": false, \"scripts\": [{\"request\": {\"path\": \"/api/v1/users\"},"
                + " \"steps\": [{\"fault\": {\"kind\": \"STATUS\", \"status\": 503}},"
                + " {\"fault\": {\"kind\": \"BAD_GATEWAY\"}}]}]}");
    Path bad =
        write(
            "{\"scripts\": [{\"request\": {\"path\": \"/x\"},"
                + " \"steps\": [{\"fault\": {\"kind\": \"HUGE_PAGE\", \"items\": -1}}]}]}");
    // WHEN
    FakeOktaServer server = launch("--config", config.toString()).server();
    HttpClient client = HttpClient.newHttpClient();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      statuses.add(get(client, server.orgUrl() + "/api/v1/users"));
    }
    Main.Launch badLaunch = launch("--config", bad.toString());
    // THEN
    then(statuses).containsExactly(503, 502, 403);
    then(badLaunch.exitCode()).isEqualTo(2);
    then(err())
        .contains("--config " + bad + ": \"scripts[0].steps[0].fault.items\": ")
        .contains("between 1 and 200000");
  }

  @Test
  void should_exit_2_naming_the_bad_field_of_a_script_in_the_config_file() throws IOException {
    // GIVEN
    Path config =
        write(
            "{\"scripts\": [{\"request\": {\"path\": \"/x\"},"
                + " \"steps\": [{\"oktaError\": {\"code\": \"E0000047\"}}]},"
                + " {\"request\": {\"path\": \"/y\"},"
                + " \"steps\": [{\"oktaError\": {\"code\": \"E1234567\"}}]}]}");
    // WHEN
    Main.Launch launch = launch("--config", config.toString());
    // THEN
    then(launch.exitCode()).isEqualTo(2);
    then(err())
        .contains("--config " + config + ": \"scripts[1].steps[0].oktaError.code\": ")
        .contains("E1234567");
  }

  @Test
  void should_configure_authorization_servers_token_lifetime_and_rate_limits_from_the_file()
      throws Exception {
    // GIVEN
    Path config =
        write(
            "{\"authorizationServers\": {\"payments\": \"api://payments\"},"
                + " \"accessTokenLifetime\": \"PT5M\", \"concurrencyLimit\": 5,"
                + " \"retryAfter\": false,"
                + " \"rateLimits\": {\"USERS\": {\"limit\": 7, \"window\": \"PT30S\"}}}");
    // WHEN
    FakeOktaServer server = launch("--config", config.toString()).server();
    // THEN
    then(server.config().authorization().authorizationServers())
        .containsEntry("payments", "api://payments")
        .containsKey("default");
    then(server.config().authorization().accessTokenLifetime()).hasMinutes(5);
    then(server.config().concurrencyLimit()).isEqualTo(5);
    then(server.config().retryAfter()).isFalse();
    then(server.rateLimits().limit(dev.fakeokta.server.RateLimitBucket.USERS).limit()).isEqualTo(7);
    then(out()).contains("Issuer:       " + server.orgUrl() + "/oauth2/payments");
  }

  @Test
  void should_exit_2_naming_a_bad_authorization_or_rate_limit_key() throws IOException {
    // GIVEN
    Path badServer = write("{\"authorizationServers\": {\"v1\": \"api://x\"}}");
    Path badLifetime = write("{\"accessTokenLifetime\": \"5 minutes\"}");
    Path badBucket = write("{\"rateLimits\": {\"EVERYTHING\": {\"limit\": 1}}}");
    Path badLimit = write("{\"rateLimits\": {\"USERS\": {\"limit\": 0}}}");
    // WHEN
    List<Integer> codes =
        List.of(
            launch("--config", badServer.toString()).exitCode(),
            launch("--config", badLifetime.toString()).exitCode(),
            launch("--config", badBucket.toString()).exitCode(),
            launch("--config", badLimit.toString()).exitCode());
    // THEN
    then(codes).containsOnly(2);
    then(err())
        .contains("\"authorizationServers\".v1: authorizationServer id must be")
        .contains("\"accessTokenLifetime\" must be an ISO-8601 duration")
        .contains("\"rateLimits\".EVERYTHING is not a bucket")
        .contains("\"rateLimits\".USERS: ");
  }

  @Test
  void should_exit_2_naming_an_unknown_flag() {
    // WHEN
    Main.Launch launch = launch("--colour", "red");
    // THEN
    then(launch.exitCode()).isEqualTo(2);
    then(launch.server()).isNull();
    then(err()).contains("--colour").contains("--help");
    then(out()).isEmpty();
  }

  @Test
  void should_exit_2_naming_a_flag_without_a_value_or_with_a_bad_value() {
    then(launch("--port").exitCode()).isEqualTo(2);
    then(launch("--https-port", "99999").exitCode()).isEqualTo(2);
    then(launch("--journal-limit", "0").exitCode()).isEqualTo(2);
    then(launch("--no-https", "--https-port", "8443").exitCode()).isEqualTo(2);
    then(err())
        .contains("--port needs a value")
        .contains("--https-port must be a port")
        .contains("--journal-limit must be a whole number of at least 1")
        .contains("--https-port 8443 cannot go with --no-https");
  }

  @Test
  void should_exit_2_naming_the_file_and_key_of_a_bad_config_file() throws IOException {
    // GIVEN
    Path unknownKey = write("{\"port\": 0, \"colour\": \"red\"}");
    Path badJson = write("{\"port\": ");
    Path wrongType = write("{\"port\": \"eighty\"}");
    Path notAnObject = write("[1, 2]");
    // WHEN
    List<Integer> codes =
        List.of(
            launch("--config", unknownKey.toString()).exitCode(),
            launch("--config", badJson.toString()).exitCode(),
            launch("--config", wrongType.toString()).exitCode(),
            launch("--config", notAnObject.toString()).exitCode(),
            launch("--config", dir.resolve("missing.json").toString()).exitCode());
    // THEN
    then(codes).containsOnly(2);
    then(err())
        .contains("--config " + unknownKey + ": unknown key \"colour\"")
        .contains("--config " + badJson + ": not valid JSON")
        .contains("--config " + wrongType + ": \"port\" must be a whole number")
        .contains("--config " + notAnObject + ": must hold one JSON object")
        .contains("--config " + dir.resolve("missing.json") + ": no such file");
  }

  @Test
  void should_document_every_option_in_help() {
    // WHEN
    Main.Launch launch = launch("--help");
    // THEN
    then(launch.exitCode()).isZero();
    then(launch.server()).isNull();
    then(out())
        .contains(
            "--port",
            "--https-port",
            "--no-https",
            "--bind",
            "--legacy-2019-statuses",
            "--journal-limit",
            "--admin-token",
            "--config",
            "--help",
            "/__admin/fakeokta/openapi.json");
    for (String key : Options.CONFIG_KEYS.keySet()) {
      then(out()).contains("\"" + key + "\"");
    }
  }

  @Test
  void should_exit_1_when_the_port_is_taken() {
    // GIVEN
    FakeOktaServer other = FakeOktaServer.builder().https(false).start();
    started.add(other);
    // WHEN
    Main.Launch launch = launch("--no-https", "--port", Integer.toString(other.port()));
    // THEN
    then(launch.exitCode()).isEqualTo(1);
    then(err()).contains("could not start").contains(Integer.toString(other.port()));
  }

  @Test
  void should_warn_when_bound_beyond_loopback() throws Exception {
    // GIVEN
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    // WHEN
    Main.warnIfExposed("0.0.0.0", stream);
    Main.warnIfExposed("127.0.0.1", stream);
    Main.warnIfExposed("localhost", stream);
    // THEN
    then(err().lines().toList())
        .singleElement()
        .asString()
        .contains("WARNING")
        .contains("0.0.0.0")
        .contains("admin API");
  }

  @Test
  void should_generate_an_admin_token_only_when_bound_beyond_loopback_without_one()
      throws Exception {
    // GIVEN
    Options exposed = Options.parse(List.of("--bind", "0.0.0.0"));
    Options exposedWithToken =
        Options.parse(List.of("--bind", "0.0.0.0", "--admin-token", "given-admin-token-0123"));
    Options loopback = Options.parse(List.of());
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    // WHEN
    boolean exposedIsLoopback = Main.warnIfExposed(exposed.bindAddress(), stream);
    String first = Main.generatedAdminToken(exposed, exposedIsLoopback);
    String second = Main.generatedAdminToken(exposed, exposedIsLoopback);
    // THEN
    then(exposedIsLoopback).isFalse();
    then(first).startsWith("fakeokta-admin-").hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(second);
    then(first).matches("[!-~]+");
    then(Main.generatedAdminToken(exposedWithToken, false)).isNull();
    then(exposedWithToken.builder().build().config().adminToken())
        .contains("given-admin-token-0123");
    then(Main.warnIfExposed(loopback.bindAddress(), stream)).isTrue();
    then(Main.generatedAdminToken(loopback, true)).isNull();
    then(err()).contains("admin token").doesNotContain(first);
  }

  @Test
  void should_protect_the_admin_api_with_a_given_token_and_never_print_it() throws Exception {
    // GIVEN
    String token = "given-admin-token-0123456789";
    Path config = write("{\"adminToken\": \"" + token + "\", \"https\": false}");
    // WHEN
    Main.Launch launch = launch("--config", config.toString());
    // THEN
    then(launch.exitCode()).isZero();
    String org = launch.server().orgUrl();
    then(org).startsWith("http://127.0.0.1:");
    then(out()).contains("Admin token:  as given").doesNotContain(token);
    then(err()).doesNotContain(token);
    HttpClient client = HttpClient.newHttpClient();
    then(get(client, org + "/__admin/fakeokta/clock")).isEqualTo(401);
    then(get(client, org + "/__admin/mappings")).isEqualTo(401);
    then(client
            .send(
                HttpRequest.newBuilder(URI.create(org + "/__admin/fakeokta/clock"))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .statusCode())
        .isEqualTo(200);
    then(get(client, org + "/api/v1/users")).isEqualTo(403);
  }

  @Test
  void should_print_a_generated_admin_token_in_the_banner_only() {
    // GIVEN
    String generated = "fakeokta-admin-generated-for-this-test";
    FakeOktaServer server = FakeOktaServer.builder().https(false).adminToken(generated).start();
    started.add(server);
    // WHEN
    List<String> banner = Main.banner(server, generated);
    // THEN
    then(banner)
        .filteredOn(line -> line.contains(generated))
        .singleElement()
        .asString()
        .startsWith("  Admin token:  " + generated)
        .contains("Authorization: Bearer");
    then(Main.banner(server)).noneMatch(line -> line.contains(generated));
  }

  @Test
  void should_exit_2_naming_a_bad_admin_token_without_echoing_it() throws IOException {
    // GIVEN
    Path config = write("{\"adminToken\": 42}");
    // WHEN
    Main.Launch shortFlag = launch("--admin-token", "tiny-secret");
    Main.Launch badKey = launch("--config", config.toString());
    // THEN
    then(shortFlag.exitCode()).isEqualTo(2);
    then(badKey.exitCode()).isEqualTo(2);
    then(err())
        .contains("--admin-token: adminToken must be at least 16")
        .contains("\"adminToken\" must be a string")
        .doesNotContain("tiny-secret");
  }

  private Main.Launch launch(String... args) {
    Main.Launch launch =
        Main.launch(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (launch.server() != null) {
      started.add(launch.server());
    }
    return launch;
  }

  private Path write(String json) throws IOException {
    Path file = Files.createTempFile(dir, "config", ".json");
    Files.writeString(file, json);
    return file;
  }

  private static int get(HttpClient client, String url) throws Exception {
    return client
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}

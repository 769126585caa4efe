package dev.fakeokta.server;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fake's HTTPS, seen by real clients: the JDK's HttpClient, curl and Node. */
class HttpsIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeOktaServer okta;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
  }

  @AfterAll
  static void stop() {
    okta.close();
  }

  @BeforeEach
  void reset() {
    okta.reset();
  }

  @Test
  void should_hand_out_the_https_org_url_on_127_0_0_1_without_trailing_slash() {
    // WHEN
    String orgUrl = okta.orgUrl();
    // THEN
    then(orgUrl)
        .isEqualTo("https://127.0.0.1:" + okta.httpsPort())
        .isEqualTo(okta.orgUrl())
        .doesNotEndWith("/");
    then(okta.httpUrl()).isEqualTo("http://127.0.0.1:" + okta.port());
    then(okta.httpsPort()).isNotEqualTo(okta.port());
  }

  @ParameterizedTest(name = "https://{0}")
  @ValueSource(strings = {"127.0.0.1", "localhost"})
  void should_serve_okta_404_over_verified_https(String host) throws Exception {
    // GIVEN a client that trusts only the fake, hostname verification on (the JDK default)
    HttpClient client = OktaHttp.client(okta.tls().sslContext());
    URI uri = URI.create("https://" + host + ":" + okta.httpsPort() + "/api/v1/nothing-here");
    // WHEN
    HttpResponse<String> response =
        client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    // THEN
    then(response.statusCode()).isEqualTo(404);
    then(JSON.readTree(response.body()).get("errorCode").asText()).isEqualTo("E0000008");
    then(response.sslSession()).isPresent();
    X509Certificate served =
        (X509Certificate) response.sslSession().orElseThrow().getPeerCertificates()[0];
    then(served.getSubjectAlternativeNames())
        .contains(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
  }

  @Test
  void should_serve_the_same_over_plain_http() throws Exception {
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.httpUrl() + "/api/v1/nothing-here");
    // THEN
    then(response.statusCode()).isEqualTo(404);
    then(response.sslSession()).isEmpty();
    then(JSON.readTree(response.body()).get("errorCode").asText()).isEqualTo("E0000008");
  }

  @Test
  void should_fail_the_handshake_for_a_client_that_does_not_trust_the_fake() {
    // GIVEN the JVM's default trust (public CAs only)
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(okta.orgUrl() + "/api/v1/x")).build();
    // WHEN
    Throwable thrown =
        catchThrowable(() -> client.send(request, HttpResponse.BodyHandlers.ofString()));
    // THEN
    then(thrown).isInstanceOf(SSLHandshakeException.class);
    then(okta.journal()).isEmpty();
  }

  @Test
  void should_be_accepted_by_curl_with_the_ca_pem() throws Exception {
    // GIVEN
    assumeThat(commandExists("curl")).as("curl is installed").isTrue();
    Path pem = okta.tls().caCertificatePemPath();
    // WHEN
    String status =
        run(
            Map.of(),
            "curl",
            "--silent",
            "--show-error",
            "--max-time",
            "20",
            "--cacert",
            pem.toString(),
            "--output",
            "/dev/null",
            "--write-out",
            "%{http_code}",
            okta.orgUrl() + "/api/v1/nothing-here");
    // THEN
    then(status).isEqualTo("404");
  }

  @Test
  void should_be_refused_by_curl_without_the_ca_pem() throws Exception {
    // GIVEN
    assumeThat(commandExists("curl")).as("curl is installed").isTrue();
    // WHEN
    Process curl =
        new ProcessBuilder(
                "curl",
                "--silent",
                "--max-time",
                "20",
                "--output",
                "/dev/null",
                okta.orgUrl() + "/x")
            .redirectErrorStream(true)
            .start();
    // THEN exit 60: peer certificate cannot be authenticated with known CA certificates
    then(curl.waitFor(30, TimeUnit.SECONDS)).isTrue();
    then(curl.exitValue()).isEqualTo(60);
  }

  @Test
  void should_be_accepted_by_node_with_node_extra_ca_certs() throws Exception {
    // GIVEN
    assumeThat(commandExists("node")).as("node is installed").isTrue();
    String script =
        "require('https').get(process.argv[1], { agent: false }, r => {"
            + " r.resume(); console.log(r.statusCode); })"
            + ".on('error', e => { console.log(e.code); process.exitCode = 1; })";
    // WHEN
    String status =
        run(
            Map.of("NODE_EXTRA_CA_CERTS", okta.tls().caCertificatePemPath().toString()),
            "node",
            "-e",
            script,
            okta.orgUrl() + "/api/v1/nothing-here");
    // THEN
    then(status).isEqualTo("404");
  }

  @Test
  void should_give_the_ca_as_pem_text_and_file_and_trust_store() throws Exception {
    // WHEN
    FakeOktaTls tls = okta.tls();
    // THEN
    String pem = Files.readString(tls.caCertificatePemPath());
    then(pem).isEqualTo(tls.caCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n");
    Certificate parsed =
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    then(parsed).isEqualTo(tls.caCertificate());
    java.security.KeyStore store = java.security.KeyStore.getInstance(tls.trustStoreType());
    try (var in = Files.newInputStream(tls.trustStorePath())) {
      store.load(in, tls.trustStorePassword().toCharArray());
    }
    then(store.size()).isEqualTo(1);
    then(store.getCertificateAlias(tls.caCertificate())).isNotNull();
    then(tls.caCertificate().getBasicConstraints()).isNotNegative(); // a CA
  }

  @Test
  void should_reuse_the_jvm_certificate_when_a_second_fake_starts() throws Exception {
    // GIVEN
    X509Certificate firstServed = servedCertificate(okta);
    // WHEN
    try (FakeOktaServer second = FakeOktaServer.builder().start()) {
      // THEN the same CA object and the same served certificate: no keys made again
      then(second.tls().caCertificate()).isSameAs(okta.tls().caCertificate());
      then(servedCertificate(second).getEncoded()).isEqualTo(firstServed.getEncoded());
      then(second.httpsPort()).isNotEqualTo(okta.httpsPort());
    }
  }

  @Test
  void should_serve_only_http_when_https_is_off() throws Exception {
    // GIVEN
    try (FakeOktaServer plain = FakeOktaServer.builder().https(false).start()) {
      // WHEN
      HttpResponse<String> response = OktaHttp.get(plain.orgUrl() + "/api/v1/nothing-here");
      // THEN
      then(plain.orgUrl()).isEqualTo(plain.httpUrl()).startsWith("http://127.0.0.1:");
      then(response.statusCode()).isEqualTo(404);
      then(catchThrowable(plain::httpsPort))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("https(false)");
    }
  }

  @Test
  void should_reject_an_https_port_when_https_is_off() {
    // WHEN
    Throwable thrown =
        catchThrowable(() -> FakeOktaServer.builder().https(false).httpsPort(8443).build());
    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("httpsPort");
  }

  @Test
  void should_reject_an_https_port_out_of_range() {
    // WHEN
    Throwable thrown = catchThrowable(() -> FakeOktaServer.builder().httpsPort(70000).build());
    // THEN
    then(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("httpsPort must be between 0 (a free port) and 65535, was 70000");
  }

  @Test
  void should_keep_the_https_org_url_in_the_config_mirror() {
    // WHEN
    FakeOktaConfig config = FakeOktaConfig.builder().httpsPort(0).build();
    // THEN
    then(config.https()).isTrue();
    then(config.httpsPort()).isZero();
    then(FakeOktaConfig.builder().https(false).build().https()).isFalse();
  }

  private static X509Certificate servedCertificate(FakeOktaServer fake) throws Exception {
    HttpResponse<String> response = OktaHttp.get(fake.orgUrl() + "/api/v1/nothing-here");
    return (X509Certificate) response.sslSession().orElseThrow().getPeerCertificates()[0];
  }

  private static boolean commandExists(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  private static String run(Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    then(process.waitFor(30, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
    String text = new String(output, StandardCharsets.UTF_8).trim();
    then(process.exitValue()).as("%s exit code, output: %s", command[0], text).isZero();
    return text;
  }
}

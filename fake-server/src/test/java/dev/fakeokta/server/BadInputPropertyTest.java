package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile and malformed input: whatever a client sends, the fake answers with a well-formed
 * Okta-shaped (or OAuth-shaped) 4xx, never a 5xx it was not scripted to send, never a stack trace,
 * never a hang, and it keeps serving. Fixed seeds keep CI reproducible.
 */
class BadInputPropertyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The fake's endpoints, so malformed input reaches real handlers, not just the fallback. */
  private static final List<String> PATHS =
      List.of(
          "/",
          "/api/v1/users",
          "/api/v1/users/00u1",
          "/api/v1/groups",
          "/api/v1/logs",
          "/api/v1/meta/schemas/user/default",
          "/oauth2/v1/token",
          "/oauth2/default/v1/token",
          "/oauth2/default/v1/keys",
          "/oauth2/default/v1/introspect",
          "/oauth2/default/v1/revoke",
          "/oauth2/default/v1/authorize",
          "/oauth2/default/v1/userinfo",
          "/oauth2/default/.well-known/openid-configuration",
          "/.well-known/openid-configuration",
          "/oauth2/nope/v1/keys");

  private static FakeOktaServer okta;

  @BeforeContainer
  static void start() {
    okta = FakeOktaServer.builder().start();
  }

  @AfterContainer
  static void stop() {
    okta.close();
  }

  @Property(tries = 300, seed = "20261122")
  void should_answer_malformed_requests_with_a_well_formed_client_error(
      @ForAll("methods") String method,
      @ForAll("paths") String path,
      @ForAll("queries") String query,
      @ForAll("bodies") byte[] body,
      @ForAll("contentTypes") String contentType)
      throws Exception {
    // GIVEN
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(okta.httpUrl() + path + query))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .header("Authorization", "SSWS not-a-real-token")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    // WHEN
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    // THEN
    thenWellFormed(
        response.statusCode(),
        response.body(),
        response.headers().firstValue("Content-Type").orElse(""));
  }

  @Example
  void should_survive_raw_protocol_abuse_and_keep_serving() throws Exception {
    String host = "127.0.0.1";
    int port = okta.port();
    List<byte[]> attacks =
        List.of(
            ascii("FOO /api/v1/users HTTP/1.1\r\nHost: x\r\n\r\n"),
            ascii("GET /api/v1/users HTTP/1.1\r\nHost: x\r\nX-Injected: a\r\n b\r\n\r\n"),
            ascii("GET /api/v1/users?q=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n"),
            bytes("GET /api/v1/\u00ff\u00fe HTTP/1.1\r\nHost: x\r\n\r\n"),
            ascii("POST /api/v1/users HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n{\"a\""),
            ascii(
                "GET /api/v1/users HTTP/1.1\r\nHost: x\r\nX-Big: "
                    + "a".repeat(20_000)
                    + "\r\n\r\n"),
            ascii("this is not http\r\n\r\n"));
    for (byte[] attack : attacks) {
      String answer = raw(host, port, attack);
      // Jetty answers protocol errors itself (a 4xx status line) or closes; never a 5xx.
      then(answer).doesNotContain("HTTP/1.1 5").doesNotContain("Exception").doesNotContain("\tat ");
    }
    // THEN the fake still serves
    HttpResponse<String> after =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(okta.httpUrl() + "/api/v1/nothing")).build(),
            HttpResponse.BodyHandlers.ofString());
    then(after.statusCode()).isEqualTo(404);
  }

  @Example
  void should_answer_an_unknown_charset_with_okta_e0000019() throws Exception {
    HttpResponse<String> response =
        send("POST", "/api/v1/users", "application/json; charset=bogus", "{}");
    then(response.statusCode()).isEqualTo(400);
    then(JSON.readTree(response.body()).get("errorCode").asText()).isEqualTo("E0000019");
  }

  @Example
  void should_answer_a_broken_query_escape_with_okta_e0000002() throws Exception {
    String raw =
        raw("127.0.0.1", okta.port(), ascii("GET /api/v1/users?q=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n"));
    then(raw).startsWith("HTTP/1.1 400").contains("\"errorCode\":\"E0000002\"").contains("Date: ");
  }

  @Example
  void should_answer_a_broken_form_body_with_okta_e0000003() throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            "/oauth2/default/v1/token",
            "application/x-www-form-urlencoded",
            "grant_type=%");
    then(response.statusCode()).isEqualTo(400);
    then(JSON.readTree(response.body()).get("errorCode").asText()).isEqualTo("E0000003");
  }

  @Example
  void should_still_pass_a_good_form_body_through_to_the_fake() throws Exception {
    HttpResponse<String> response =
        send("POST", "/api/v1/nothing", "application/x-www-form-urlencoded", "a=b%20c&d=");
    then(response.statusCode()).isEqualTo(404);
    then(okta.journal()).last().satisfies(r -> then(r.requestBody()).isEqualTo("a=b%20c&d="));
  }

  private static HttpResponse<String> send(
      String method, String path, String contentType, String body) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(okta.httpUrl() + path))
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Example
  void should_answer_a_huge_body_without_a_server_error() throws Exception {
    byte[] huge = new byte[8 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) '{');
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(okta.httpUrl() + "/api/v1/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    thenWellFormed(
        response.statusCode(),
        response.body(),
        response.headers().firstValue("Content-Type").orElse(""));
  }

  static void thenWellFormed(int status, String body, String contentType) throws IOException {
    then(status).as("status for body %s", abbreviate(body)).isBetween(200, 499);
    then(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
    if (status >= 400 && !body.isEmpty()) {
      then(contentType).startsWith("application/json");
      JsonNode json = JSON.readTree(body);
      boolean okta = json.has("errorCode") && json.has("errorSummary") && json.has("errorId");
      boolean oauth = json.has("error") && json.has("error_description");
      then(okta || oauth).as("Okta- or OAuth-shaped error: %s", abbreviate(body)).isTrue();
    }
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
  }

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> known = Arbitraries.of(PATHS);
    Arbitrary<String> suffix =
        Arbitraries.strings()
            .all()
            .ofMaxLength(40)
            .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8));
    return Arbitraries.oneOf(
        known, known.flatMap(p -> suffix.map(s -> p + (p.endsWith("/") ? "" : "/") + s)));
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> name =
        Arbitraries.of("limit", "after", "filter", "search", "q", "since", "expand", "client_id");
    Arbitrary<String> value =
        Arbitraries.oneOf(
                Arbitraries.of(
                    "-1", "0", "99999999999999999999", "NaN", "1e309", "", "%00", "' OR 1=1"),
                Arbitraries.strings().all().ofMaxLength(30))
            .map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8));
    return Arbitraries.oneOf(
        Arbitraries.just(""), name.flatMap(n -> value.map(v -> "?" + n + "=" + v)));
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    return Arbitraries.oneOf(
        Arbitraries.just(new byte[0]),
        Arbitraries.of(
                "{", "[]", "null", "{\"profile\":1}", "{\"profile\":{\"login\":[]}}", "\"x\"")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of(
        "application/json",
        "application/x-www-form-urlencoded",
        "text/xml",
        "application/json; charset=bogus",
        "*/*");
  }

  private static String raw(String host, int port, byte[] request) throws IOException {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        int n;
        while ((n = in.read(buffer)) > 0 && answer.size() < 65536) {
          answer.write(buffer, 0, n);
        }
      } catch (java.net.SocketTimeoutException | java.net.SocketException closed) {
        // an answer that stops or a reset connection is fine; a hang is caught by the timeout
      }
      return answer.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}

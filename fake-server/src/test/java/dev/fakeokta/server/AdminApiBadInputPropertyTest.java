package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile and malformed input to the admin API ({@code /__admin/fakeokta/}): JSON of the wrong
 * shape and types, bytes that are not JSON, absurd values, unknown routes and methods. Each gets a
 * JSON answer below 500 ({@code {"error", "message"}} for a 4xx, or an Okta error body for what
 * Jetty rejects before the admin API sees it), never a stack trace, and the fake keeps serving. Its
 * own fake, so what the fuzzing changes stays here; a fixed seed for CI.
 */
class AdminApiBadInputPropertyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final List<String> ROUTES =
      List.of(
          "/",
          "/openapi.json",
          "/scripts",
          "/scripts/1",
          "/clock",
          "/clock/advance",
          "/clock/reset",
          "/journal",
          "/reset",
          "/tokens",
          "/tokens/bad",
          "/tokens/revoke",
          "/keys",
          "/keys/rotate",
          "/keys/publish-next",
          "/keys/nope/retire",
          "/rate-limits",
          "/rate-limits/USERS",
          "/rate-limits/NOPE",
          "/rate-limits/counters",
          "/rate-limits/reset",
          "/directory",
          "/directory/reset");

  /**
   * Field names the admin API reads, so fuzzed objects reach its validation, not just "unknown".
   */
  private static final List<String> FIELDS =
      List.of(
          "request",
          "steps",
          "method",
          "path",
          "pathPattern",
          "query",
          "headers",
          "times",
          "always",
          "duration",
          "every",
          "probability",
          "seed",
          "oktaError",
          "oauthError",
          "fault",
          "code",
          "summaryArgs",
          "causes",
          "status",
          "error",
          "kind",
          "delay",
          "maxDelay",
          "items",
          "now",
          "by",
          "sub",
          "scopes",
          "expiresIn",
          "claims",
          "authorizationServer",
          "token",
          "limit",
          "window",
          "enforce",
          "retryAfter",
          "concurrencyLimit",
          "quirks",
          "buckets",
          "users",
          "groups",
          "apps",
          "apiTokens",
          "profile",
          "login",
          "members");

  private static FakeOktaServer okta;

  @BeforeContainer
  static void start() {
    okta = FakeOktaServer.builder().start();
  }

  @AfterContainer
  static void stop() {
    okta.close();
  }

  @AfterProperty
  void still_serving() throws Exception {
    then(send("GET", "/", "application/json", new byte[0]).statusCode()).isEqualTo(200);
  }

  @Property(tries = 400, seed = "20261122")
  void should_answer_bad_admin_requests_with_a_json_client_error(
      @ForAll("methods") String method,
      @ForAll("paths") String path,
      @ForAll("bodies") byte[] body,
      @ForAll("contentTypes") String contentType)
      throws Exception {
    // WHEN
    HttpResponse<String> response = send(method, path, contentType, body);
    // THEN
    String text = response.body();
    then(response.statusCode())
        .as("%s %s with %s answered %s", method, path, abbreviate(body), abbreviate(text))
        .isBetween(200, 499);
    then(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
    if (response.statusCode() >= 400) {
      then(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      JsonNode json = JSON.readTree(text);
      boolean admin = json.has("error") && json.has("message");
      // what Jetty rejects before any handler (a %00 in the path, say) is Okta-shaped
      boolean okta = json.has("errorCode") && json.has("errorSummary");
      then(admin || okta)
          .as("admin error shape for %s %s %s: %s", method, path, contentType, abbreviate(text))
          .isTrue();
    }
  }

  private static HttpResponse<String> send(
      String method, String path, String contentType, byte[] body) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(okta.httpUrl() + "/__admin/fakeokta" + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
  }

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> known = Arbitraries.of(ROUTES);
    Arbitrary<String> noise =
        Arbitraries.strings()
            .all()
            .ofMaxLength(30)
            .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8));
    Arbitrary<String> query =
        Arbitraries.of("limit", "path", "pathPattern", "method", "unmatched")
            .flatMap(
                name ->
                    Arbitraries.oneOf(
                            Arbitraries.of("-1", "0", "1e309", "99999999999", "[", "(?", ""), noise)
                        .map(v -> "?" + name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return Arbitraries.oneOf(
        known,
        known.flatMap(p -> noise.map(s -> p + (p.endsWith("/") ? "" : "/") + s)),
        known.flatMap(p -> query.map(q -> p + q)));
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    return Arbitraries.oneOf(
        Arbitraries.just(new byte[0]),
        json(3).map(JsonNode::toString).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of("{", "[]", "null", "\"x\"", "{\"steps\":[{}]}", "{\"by\":\"P-1Y\"}")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(120));
  }

  private static Arbitrary<JsonNode> json(int depth) {
    Arbitrary<JsonNode> leaf =
        Arbitraries.oneOf(
            Arbitraries.just(JSON.nullNode()),
            Arbitraries.of(true, false).map(b -> JSON.getNodeFactory().booleanNode(b)),
            Arbitraries.longs().map(n -> JSON.getNodeFactory().numberNode(n)),
            Arbitraries.of(-1.5, 0.0, 1e308, 0.1).map(d -> JSON.getNodeFactory().numberNode(d)),
            Arbitraries.oneOf(
                    Arbitraries.of(
                        "E0000047",
                        "E9999999",
                        "PT1S",
                        "PT-5S",
                        "P1000000D",
                        "GET",
                        ".*",
                        "(",
                        "USERS",
                        "DELAY",
                        "CONNECTION_RESET",
                        "2030-01-01T00:00:00Z",
                        ""),
                    Arbitraries.strings().all().ofMaxLength(20))
                .map(s -> JSON.getNodeFactory().textNode(s)));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> inner = json(depth - 1);
    Arbitrary<JsonNode> array =
        inner.list().ofMaxSize(3).map(items -> JSON.createArrayNode().addAll(items));
    Arbitrary<JsonNode> object =
        Arbitraries.maps(Arbitraries.of(FIELDS), inner)
            .ofMaxSize(4)
            .map(
                fields -> {
                  var node = JSON.createObjectNode();
                  fields.forEach(node::set);
                  return (JsonNode) node;
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, leaf),
        net.jqwik.api.Tuple.of(1, array),
        net.jqwik.api.Tuple.of(3, object));
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of("application/json", "text/plain", "application/json; charset=bogus");
  }

  private static String abbreviate(Object value) {
    String s =
        value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : (String) value;
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}

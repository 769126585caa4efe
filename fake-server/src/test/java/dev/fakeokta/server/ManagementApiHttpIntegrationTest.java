package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakeokta.server.internal.mgmt.BearerTokenValidator;
import dev.fakeokta.server.internal.mgmt.BearerTokenVerdict;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The management API's auth, media-type, paging and System Log rules, over plain HTTP. */
class ManagementApiHttpIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SSWS = "SSWS " + OktaDirectory.DEFAULT_API_TOKEN;
  private static FakeOktaServer okta;
  private static BearerTokenValidator orgTokens;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
    okta.directory()
        .seed(
            DirectorySeed.builder()
                .user("alice@example.com", "Alice", "Liddell")
                .user("bob@example.com", "Bob", "Builder")
                .user("carol@example.com", "Carol", "Danvers")
                .build());
    orgTokens = okta.directory().internal().bearerTokenValidator();
  }

  @AfterAll
  static void stop() {
    okta.close();
  }

  @BeforeEach
  void reset() {
    okta.reset();
    okta.directory().internal().bearerTokenValidator(orgTokens);
  }

  private static HttpResponse<String> call(String method, String path, String... headers) {
    return callWithBody(method, path, null, headers);
  }

  private static HttpResponse<String> callWithBody(
      String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(okta.orgUrl() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return OktaHttp.send(request.build());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  private static String code(HttpResponse<String> response) throws Exception {
    return json(response).path("errorCode").asText();
  }

  @Test
  void should_refuse_a_request_without_authorization_with_403_E0000005() throws Exception {
    // WHEN
    HttpResponse<String> response = call("GET", "/api/v1/users");
    // THEN
    then(response.statusCode()).isEqualTo(403);
    then(code(response)).isEqualTo("E0000005");
    then(json(response).path("errorSummary").asText()).isEqualTo("Invalid session");
  }

  @ParameterizedTest(name = "[{0}] -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the token without a scheme is not an Authorization Okta recognises
        "00FakeOktaDefaultApiToken00000000000000000 | 403 | E0000005",
        "Basic YWxpY2U6c2VjcmV0 | 403 | E0000005",
        // extra spaces and URL-encoding change the token: it is then simply wrong
        "SSWS  00FakeOktaDefaultApiToken00000000000000000 | 401 | E0000011",
        "SSWS 00FakeOktaDefaultApiToken00000000000000000%20 | 401 | E0000011",
        "SSWS 00FakeOktaDefaultApiToken%30%30000000000000000 | 401 | E0000011",
        "SSWS | 401 | E0000011",
        "SSWS 00not-the-token | 401 | E0000011",
        "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln | 401 | E0000011",
      })
  void should_judge_the_authorization_header_as_okta_does(String header, int status, String code)
      throws Exception {
    // WHEN
    HttpResponse<String> response = call("GET", "/api/v1/users", "Authorization", header);
    // THEN
    then(response.statusCode()).isEqualTo(status);
    then(code(response)).isEqualTo(code);
  }

  @Test
  void should_refuse_a_bearer_token_without_the_scope_with_403_E0000006_and_the_challenge()
      throws Exception {
    // GIVEN a token judged valid, with only openid profile
    okta.directory()
        .internal()
        .bearerTokenValidator(t -> BearerTokenVerdict.valid(Set.of("openid", "profile")));
    // WHEN
    HttpResponse<String> response =
        call("GET", "/api/v1/users", "Authorization", "Bearer eyJ.only-openid.sig");
    // THEN
    then(response.statusCode()).isEqualTo(403);
    then(code(response)).isEqualTo("E0000006");
    then(response.headers().firstValue("WWW-Authenticate"))
        .contains(
            "Bearer authorization_uri=\""
                + okta.orgUrl()
                + "/oauth2/v1/authorize\", realm=\""
                + okta.orgUrl()
                + "\", scope=\"okta.users.read\", error=\"insufficient_scope\","
                + " error_description=\"The access token provided does not contain the required"
                + " scopes.\", resource=\"/api/v1/users\"");
  }

  @Test
  void should_serve_a_bearer_token_with_the_scope_and_refuse_writes_without_manage()
      throws Exception {
    // GIVEN
    okta.directory()
        .internal()
        .bearerTokenValidator(t -> BearerTokenVerdict.valid(Set.of("okta.users.read")));
    // WHEN
    HttpResponse<String> read = call("GET", "/api/v1/users", "Authorization", "Bearer eyJ.a.b");
    HttpResponse<String> write =
        callWithBody(
            "POST",
            "/api/v1/users",
            "{\"profile\":{}}",
            "Authorization",
            "Bearer eyJ.a.b",
            "Content-Type",
            "application/json");
    // THEN
    then(read.statusCode()).isEqualTo(200);
    then(json(read)).hasSize(3);
    then(write.statusCode()).isEqualTo(403);
    then(write.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("scope=\"okta.users.manage\"");
  }

  @Test
  void should_refuse_an_expired_or_revoked_bearer_token_with_401_E0000011() throws Exception {
    // GIVEN
    okta.directory()
        .internal()
        .bearerTokenValidator(
            t ->
                BearerTokenVerdict.rejected(
                    t.startsWith("expired")
                        ? BearerTokenVerdict.Status.EXPIRED
                        : BearerTokenVerdict.Status.REVOKED));
    // WHEN
    HttpResponse<String> expired =
        call("GET", "/api/v1/users", "Authorization", "Bearer expired.token");
    HttpResponse<String> revoked =
        call("GET", "/api/v1/users", "Authorization", "Bearer revoked.token");
    // THEN
    then(expired.statusCode()).isEqualTo(401);
    then(code(expired)).isEqualTo("E0000011");
    then(expired.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("error=\"invalid_token\"", "The token has expired.");
    then(code(revoked)).isEqualTo("E0000011");
  }

  @Test
  void should_answer_an_unknown_path_with_E0000008_and_a_wrong_method_with_405_E0000022()
      throws Exception {
    // WHEN
    HttpResponse<String> path = call("GET", "/api/v1/userz", "Authorization", SSWS);
    HttpResponse<String> method = call("PATCH", "/api/v1/users", "Authorization", SSWS);
    // THEN
    then(path.statusCode()).isEqualTo(404);
    then(code(path)).isEqualTo("E0000008");
    then(method.statusCode()).isEqualTo(405);
    then(code(method)).isEqualTo("E0000022");
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "application/json | {not json | E0000003",
        "application/json | [1,2] | E0000003",
        "text/plain | {\"profile\":{}} | E0000021",
        "'' | {\"profile\":{}} | E0000018",
      })
  void should_refuse_bad_bodies_and_content_types(String contentType, String body, String code)
      throws Exception {
    // WHEN
    HttpResponse<String> response =
        contentType.isEmpty()
            ? callWithBody("POST", "/api/v1/users", body, "Authorization", SSWS)
            : callWithBody(
                "POST", "/api/v1/users", body, "Authorization", SSWS, "Content-Type", contentType);
    // THEN
    then(response.statusCode()).isEqualTo(400);
    then(code(response)).isEqualTo(code);
  }

  @Test
  void should_refuse_an_accept_header_without_json_with_E0000019_but_ignore_content_type_on_gets()
      throws Exception {
    // WHEN
    HttpResponse<String> xml =
        call("GET", "/api/v1/users", "Authorization", SSWS, "Accept", "application/xml");
    // okta-sdk-java sends Content-Type: text/xml on every GET
    HttpResponse<String> sdkLike =
        call(
            "GET",
            "/api/v1/users",
            "Authorization",
            SSWS,
            "Accept",
            "application/json",
            "Content-Type",
            "text/xml");
    // THEN
    then(xml.statusCode()).isEqualTo(400);
    then(code(xml)).isEqualTo("E0000019");
    then(sdkLike.statusCode()).isEqualTo(200);
    then(sdkLike.headers().firstValue("Content-Type")).contains("application/json;charset=UTF-8");
  }

  @Test
  void should_send_one_link_header_per_rel_with_absolute_urls_and_no_next_on_the_last_page()
      throws Exception {
    // WHEN
    HttpResponse<String> first = call("GET", "/api/v1/users?limit=2", "Authorization", SSWS);
    String next =
        first.headers().allValues("link").stream()
            .filter(l -> l.endsWith("rel=\"next\""))
            .findFirst()
            .orElseThrow();
    String nextUrl = next.substring(1, next.indexOf('>'));
    HttpResponse<String> last =
        call("GET", nextUrl.substring(okta.orgUrl().length()), "Authorization", SSWS);
    // THEN
    then(first.headers().allValues("link"))
        .containsExactly(
            "<" + okta.orgUrl() + "/api/v1/users?limit=2>; rel=\"self\"",
            "<" + nextUrl + ">; rel=\"next\"");
    then(nextUrl).startsWith(okta.orgUrl() + "/api/v1/users?limit=2&after=00u");
    then(json(first)).hasSize(2);
    then(json(last)).hasSize(1);
    then(last.headers().allValues("link")).singleElement().asString().endsWith("rel=\"self\"");
  }

  @Test
  void should_answer_head_with_the_headers_of_get_and_no_body() {
    // WHEN
    HttpResponse<String> head = call("HEAD", "/api/v1/users?limit=1", "Authorization", SSWS);
    // THEN
    then(head.statusCode()).isEqualTo(200);
    then(head.body()).isEmpty();
    then(head.headers().firstValue("Content-Type")).contains("application/json;charset=UTF-8");
    then(head.headers().allValues("link")).hasSize(2);
    then(head.headers().firstValue("X-Okta-Request-Id")).isPresent();
    then(head.headers().firstValue("Date")).isPresent();
  }

  @Test
  void should_record_failures_and_changes_in_the_system_log_and_filter_them() throws Exception {
    // GIVEN a failure, then a change
    HttpResponse<String> failed = call("GET", "/api/v1/users", "Authorization", "SSWS wrong");
    okta.clock().advance(Duration.ofSeconds(5));
    callWithBody(
        "POST",
        "/api/v1/users?activate=false",
        "{\"profile\":{\"firstName\":\"D\",\"lastName\":\"E\",\"email\":\"d@example.com\","
            + "\"login\":\"d@example.com\"}}",
        "Authorization",
        SSWS,
        "Content-Type",
        "application/json");
    String filter = URLEncoder.encode("outcome.result eq \"FAILURE\"", StandardCharsets.UTF_8);
    // WHEN
    JsonNode failures = json(call("GET", "/api/v1/logs?filter=" + filter, "Authorization", SSWS));
    JsonNode newestFirst =
        json(call("GET", "/api/v1/logs?sortOrder=DESCENDING&limit=1", "Authorization", SSWS));
    String since = okta.clock().instant().minusSeconds(1).toString();
    JsonNode recent = json(call("GET", "/api/v1/logs?since=" + since, "Authorization", SSWS));
    // THEN
    then(failures).hasSize(1);
    JsonNode failure = failures.get(0);
    then(failure.path("eventType").asText()).isEqualTo("fakeokta.api.request.failure");
    then(failure.path("outcome").path("reason").asText())
        .isEqualTo("E0000011: Invalid token provided");
    then(failure.path("displayMessage").asText())
        .isEqualTo("GET /api/v1/users failed with HTTP 401 E0000011");
    then(failure.path("debugContext").path("debugData").path("requestId").asText())
        .isEqualTo(failed.headers().firstValue("X-Okta-Request-Id").orElseThrow());
    then(failure.path("published").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\.\\d{3}Z");
    then(newestFirst).hasSize(1);
    then(newestFirst.get(0).path("eventType").asText()).isEqualTo("user.lifecycle.create");
    then(newestFirst.get(0).path("target").get(0).path("alternateId").asText())
        .isEqualTo("d@example.com");
    then(recent)
        .extracting(e -> e.path("eventType").asText())
        .containsExactly("user.lifecycle.create");
  }

  @Test
  void should_refuse_bad_log_queries() throws Exception {
    // WHEN
    HttpResponse<String> filter =
        call("GET", "/api/v1/logs?filter=outcome.result%20eq", "Authorization", SSWS);
    HttpResponse<String> since = call("GET", "/api/v1/logs?since=yesterday", "Authorization", SSWS);
    HttpResponse<String> cursor = call("GET", "/api/v1/logs?after=abc", "Authorization", SSWS);
    // THEN
    then(code(filter)).isEqualTo("E0000031");
    then(code(since)).isEqualTo("E0000030");
    then(code(cursor)).isEqualTo("E0000029");
  }

  @Test
  void should_serve_the_user_schema_and_the_schema_list() throws Exception {
    // WHEN
    HttpResponse<String> user =
        call("GET", "/api/v1/meta/schemas/user/default", "Authorization", SSWS);
    HttpResponse<String> all = call("GET", "/api/v1/meta/schemas", "Authorization", SSWS);
    // THEN
    then(user.statusCode()).isEqualTo(200);
    then(json(user).path("definitions").path("base").path("required"))
        .extracting(JsonNode::asText)
        .containsExactly("login", "firstName", "lastName", "email");
    then(json(all)).extracting(s -> s.path("name").asText()).containsExactly("user", "group");
  }

  @Test
  void should_go_back_to_the_seed_on_reset() throws Exception {
    // GIVEN
    String id = okta.directory().userId("alice@example.com").orElseThrow();
    call("DELETE", "/api/v1/users/" + id, "Authorization", SSWS);
    okta.directory().revokeApiToken(OktaDirectory.DEFAULT_API_TOKEN);
    then(call("GET", "/api/v1/users", "Authorization", SSWS).statusCode()).isEqualTo(401);
    // WHEN
    okta.reset();
    // THEN
    then(okta.directory().userStatus("alice@example.com")).contains("ACTIVE");
    then(json(call("GET", "/api/v1/users", "Authorization", SSWS))).hasSize(3);
    then(json(call("GET", "/api/v1/logs", "Authorization", SSWS))).isEmpty();
  }

  @Test
  void should_seed_from_a_json_file(@TempDir Path dir) throws Exception {
    // GIVEN
    Path file = dir.resolve("seed.json");
    Files.writeString(
        file,
        "{\"apiTokens\":[\"00file-token\"],"
            + "\"users\":[{\"id\":\"00u1zed0000000000000\",\"status\":\"STAGED\",\"password\":false,"
            + "\"profile\":{\"login\":\"zed@example.com\",\"firstName\":\"Zed\",\"lastName\":\"Z\"}}],"
            + "\"groups\":[{\"name\":\"Zs\",\"members\":[\"zed@example.com\"]}]}");
    try (FakeOktaServer seeded = FakeOktaServer.builder().start()) {
      seeded.directory().seed(file);
      // WHEN
      HttpResponse<String> user =
          OktaHttp.send(
              HttpRequest.newBuilder(URI.create(seeded.orgUrl() + "/api/v1/users/zed@example.com"))
                  .header("Authorization", "SSWS 00file-token")
                  .build());
      // THEN
      then(user.statusCode()).isEqualTo(200);
      then(json(user).path("id").asText()).isEqualTo("00u1zed0000000000000");
      then(json(user).path("status").asText()).isEqualTo("STAGED");
      then(json(user).path("profile").path("email").asText()).isEqualTo("zed@example.com");
    }
  }
}

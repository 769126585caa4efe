package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakeokta.server.internal.Tsv;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** OAuth 2.0 errors in Okta's JSON shape and in the /authorize redirect form. */
class OAuthErrorIntegrationTest {

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

  static Stream<String> errors() {
    return OAuthError.errors().stream();
  }

  static Stream<String> redirectErrors2019() {
    return Tsv.read("/dev/fakeokta/server/catalogue/okta-oidc-redirect-errors-2019.tsv").stream()
        .map(row -> row.get("error"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void should_serve_every_oauth_error_as_json_with_okta_status(String error) throws Exception {
    // GIVEN
    OAuthError expected = OAuthError.of(error);
    okta.when(anyRequestedFor(urlPathEqualTo("/oauth2/default/v1/token"))).respond(expected);
    // WHEN
    HttpResponse<String> response =
        OktaHttp.send(
            "POST", okta.orgUrl() + "/oauth2/default/v1/token", "grant_type=client_credentials");
    // THEN
    then(response.statusCode()).isEqualTo(expected.status());
    then(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
    JsonNode body = JSON.readTree(response.body());
    then(body.size()).isEqualTo(2);
    then(body.get("error").asText()).isEqualTo(error);
    then(body.get("error_description").asText()).isEqualTo(expected.description()).isNotBlank();
    then(response.headers().firstValue("Date")).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("redirectErrors2019")
  void should_redirect_every_error_of_the_2019_oidc_table_with_state(String error) {
    // GIVEN
    okta.when(anyRequestedFor(urlPathEqualTo("/oauth2/default/v1/authorize")))
        .respond(OAuthError.of(error).asRedirect());
    // WHEN
    HttpResponse<String> response =
        OktaHttp.get(
            okta.orgUrl()
                + "/oauth2/default/v1/authorize?client_id=abc&response_type=code"
                + "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&state=xyz%20123");
    // THEN
    then(response.statusCode()).isEqualTo(302);
    URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
    then(location.getHost()).isEqualTo("app.example.com");
    then(location.getPath()).isEqualTo("/callback");
    Map<String, String> query = query(location.getRawQuery());
    then(query)
        .containsEntry("error", OAuthError.of(error).error())
        .containsEntry("state", "xyz 123");
    then(query.get("error_description")).isEqualTo(OAuthError.of(error).description());
  }

  @Test
  void should_send_user_canceled_request_as_todays_okta_does() {
    // Okta's 2019 table listed user_canceled_request as an error value; today it is a variant
    // of access_denied, and that is what the redirect carries.
    OAuthError canceled = OAuthError.of("user_canceled_request");
    then(canceled.error()).isEqualTo("access_denied");
    then(canceled.variant()).isEqualTo("user_canceled_request");
    then(canceled.description()).isEqualTo("User canceled the social login request.");
  }

  @Test
  void should_redirect_in_the_fragment_for_response_mode_fragment() {
    // GIVEN
    okta.when(anyRequestedFor(urlPathEqualTo("/oauth2/v1/authorize")))
        .respond(OAuthError.of("invalid_scope").asRedirect());
    // WHEN
    HttpResponse<String> response =
        OktaHttp.get(
            okta.orgUrl()
                + "/oauth2/v1/authorize?response_mode=fragment&state=s1"
                + "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb");
    // THEN
    URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
    then(location.getRawQuery()).isNull();
    then(query(location.getRawFragment()))
        .containsEntry("error", "invalid_scope")
        .containsEntry("state", "s1");
  }

  @Test
  void should_answer_a_redirect_error_without_redirect_uri_as_json() throws Exception {
    // GIVEN
    okta.when(anyRequestedFor(urlPathEqualTo("/oauth2/v1/authorize")))
        .respond(OAuthError.of("access_denied").asRedirect());
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + "/oauth2/v1/authorize?state=s1");
    // THEN
    then(response.statusCode()).isEqualTo(403);
    then(JSON.readTree(response.body()).get("error").asText()).isEqualTo("access_denied");
  }

  @Test
  void should_resolve_okta_variants_and_send_www_authenticate_for_token_errors() {
    // GIVEN
    okta.when(anyRequestedFor(urlPathEqualTo("/oauth2/v1/userinfo")))
        .respond(OAuthError.of("token_expired"));
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + "/oauth2/v1/userinfo");
    // THEN
    then(response.statusCode()).isEqualTo(401);
    then(response.body())
        .isEqualTo(
            "{\"error\":\"invalid_token\",\"error_description\":\"The token has expired.\"}");
    then(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer error=\"invalid_token\", error_description=\"The token has expired.\"");
  }

  @Test
  void should_reject_an_unknown_oauth_error_naming_where_to_look() {
    then(catchThrowable(() -> OAuthError.of("not_an_error")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown OAuth error \"not_an_error\"")
        .hasMessageContaining("OAuthError.errors()");
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
    }
    return params;
  }
}

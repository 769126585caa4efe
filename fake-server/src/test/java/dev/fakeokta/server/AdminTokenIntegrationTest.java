package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An admin API protected by a token, over real HTTP on 127.0.0.1. */
class AdminTokenIntegrationTest {

  private static final String TOKEN = "test-admin-token-0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeOktaServer okta;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().bindAddress("127.0.0.1").adminToken(TOKEN).start();
  }

  @AfterAll
  static void stop() {
    okta.close();
  }

  @Test
  void should_answer_401_naming_the_header_when_the_admin_token_is_missing_or_wrong()
      throws Exception {
    // WHEN
    HttpResponse<String> missing = admin("/__admin/fakeokta/clock", null);
    HttpResponse<String> wrong = admin("/__admin/fakeokta/clock", "Bearer " + TOKEN + "x");
    HttpResponse<String> wrongScheme = admin("/__admin/fakeokta/clock", "SSWS " + TOKEN);
    HttpResponse<String> prefix = admin("/__admin/fakeokta/clock", "Bearer " + TOKEN.substring(1));
    // THEN
    for (HttpResponse<String> response : java.util.List.of(missing, wrong, wrongScheme, prefix)) {
      then(response.statusCode()).isEqualTo(401);
      then(response.headers().firstValue("Content-Type")).contains("application/json");
      then(response.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(value -> then(value).startsWith("Bearer"));
      JsonNode body = JSON.readTree(response.body());
      then(body.get("error").asText()).isEqualTo("unauthorized");
      then(body.get("message").asText()).contains("Authorization: Bearer <admin token>");
      then(response.body()).doesNotContain(TOKEN.substring(5));
    }
  }

  @Test
  void should_serve_the_admin_api_with_the_right_token() throws Exception {
    // WHEN
    HttpResponse<String> clock = admin("/__admin/fakeokta/clock", "Bearer " + TOKEN);
    HttpResponse<String> lowerCaseScheme = admin("/__admin/fakeokta/", "bearer " + TOKEN);
    HttpResponse<String> script =
        OktaHttp.send(
            HttpRequest.newBuilder(URI.create(okta.orgUrl() + "/__admin/fakeokta/scripts"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"request\": {\"path\": \"/api/v1/users\"},"
                            + " \"steps\": [{\"oktaError\": {\"code\": \"E0000047\"}}]}"))
                .build());
    HttpResponse<String> scripted = OktaHttp.get(okta.orgUrl() + "/api/v1/users");
    // THEN
    then(clock.statusCode()).isEqualTo(200);
    then(JSON.readTree(clock.body()).has("now")).isTrue();
    then(lowerCaseScheme.statusCode()).isEqualTo(200);
    then(script.statusCode()).isEqualTo(201);
    then(scripted.statusCode()).isEqualTo(429);
  }

  @Test
  void should_protect_wiremock_own_admin_api_too() {
    // WHEN
    HttpResponse<String> missing = admin("/__admin/mappings", null);
    HttpResponse<String> wrong = admin("/__admin/requests", "Bearer nope-nope-nope-nope");
    HttpResponse<String> right = admin("/__admin/mappings", "Bearer " + TOKEN);
    HttpResponse<String> plainHttp =
        OktaHttp.send(
            HttpRequest.newBuilder(URI.create(okta.httpUrl() + "/__admin/mappings")).build());
    // THEN
    then(missing.statusCode()).isEqualTo(401);
    then(wrong.statusCode()).isEqualTo(401);
    then(right.statusCode()).isEqualTo(200);
    then(right.body()).contains("mappings");
    then(plainHttp.statusCode()).isEqualTo(401);
  }

  @Test
  void should_leave_the_okta_endpoints_alone() {
    // WHEN
    HttpResponse<String> discovery =
        OktaHttp.get(okta.orgUrl() + "/oauth2/default/.well-known/openid-configuration");
    HttpResponse<String> users =
        OktaHttp.send(
            HttpRequest.newBuilder(URI.create(okta.orgUrl() + "/api/v1/users"))
                .header("Authorization", "SSWS " + okta.directory().apiToken())
                .build());
    HttpResponse<String> token =
        OktaHttp.send(
            HttpRequest.newBuilder(URI.create(okta.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&scope=orders.read&client_id="
                            + OAuthClient.DEFAULT_CLIENT_ID
                            + "&client_secret="
                            + OAuthClient.DEFAULT_CLIENT_SECRET))
                .build());
    // THEN
    then(discovery.statusCode()).isEqualTo(200);
    then(users.statusCode()).isEqualTo(200);
    then(token.statusCode()).isEqualTo(200);
    then(token.body()).contains("access_token");
  }

  @Test
  void should_refuse_a_short_admin_token_without_echoing_it() {
    // WHEN
    Throwable thrown =
        catchThrowable(() -> FakeOktaServer.builder().adminToken("short-secret").build());
    Throwable spaced =
        catchThrowable(
            () -> FakeOktaServer.builder().adminToken("has a space in the middle!!").build());
    // THEN
    then(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adminToken must be at least 16")
        .hasMessageNotContaining("short-secret");
    then(spaced)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without spaces");
    then(FakeOktaServer.builder().build().config().adminToken()).isEmpty();
  }

  private static HttpResponse<String> admin(String path, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(okta.orgUrl() + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return OktaHttp.send(request.build());
  }
}

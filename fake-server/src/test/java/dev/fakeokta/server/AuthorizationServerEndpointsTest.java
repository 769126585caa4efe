package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Discovery, keys, token, introspect and revoke over real HTTP, shaped as Okta serves them. */
class AuthorizationServerEndpointsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeOktaServer okta;

  @BeforeAll
  static void start() {
    okta =
        FakeOktaServer.builder()
            .authorization(
                AuthorizationConfig.builder()
                    .authorizationServer("payments", "api://payments")
                    .client(
                        OAuthClient.builder("0oalimited")
                            .secret("limited-secret")
                            .scopes("orders.read")
                            .build())
                    .build())
            .start();
  }

  @AfterAll
  static void stop() {
    okta.close();
  }

  @BeforeEach
  void reset() {
    okta.reset();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/oauth2/default/.well-known/openid-configuration",
        "/oauth2/default/.well-known/oauth-authorization-server",
        "/.well-known/openid-configuration/oauth2/default",
        "/.well-known/oauth-authorization-server/oauth2/default"
      })
  void should_serve_discovery_whose_urls_all_derive_from_the_issuer(String path) throws Exception {
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + path);
    // THEN
    then(response.statusCode()).isEqualTo(200);
    then(response.headers().firstValue("Content-Type")).contains("application/json");
    JsonNode doc = JSON.readTree(response.body());
    String issuer = okta.orgUrl() + "/oauth2/default";
    then(doc.get("issuer").asText()).isEqualTo(issuer).isEqualTo(okta.issuer());
    then(doc.get("jwks_uri").asText()).isEqualTo(issuer + "/v1/keys");
    then(doc.get("token_endpoint").asText()).isEqualTo(issuer + "/v1/token");
    then(doc.get("introspection_endpoint").asText()).isEqualTo(issuer + "/v1/introspect");
    then(doc.get("revocation_endpoint").asText()).isEqualTo(issuer + "/v1/revoke");
    then(doc.get("authorization_endpoint").asText()).isEqualTo(issuer + "/v1/authorize");
    then(doc.get("end_session_endpoint").asText()).isEqualTo(issuer + "/v1/logout");
    then(doc.get("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
  }

  @Test
  void should_serve_the_org_discovery_at_the_root() throws Exception {
    // WHEN
    HttpResponse<String> response =
        OktaHttp.get(okta.orgUrl() + "/.well-known/openid-configuration");
    // THEN
    JsonNode doc = JSON.readTree(response.body());
    then(doc.get("issuer").asText()).isEqualTo(okta.orgUrl());
    then(doc.get("jwks_uri").asText()).isEqualTo(okta.orgUrl() + "/oauth2/v1/keys");
    then(doc.get("token_endpoint").asText()).isEqualTo(okta.orgUrl() + "/oauth2/v1/token");
    then(doc.get("userinfo_endpoint").asText()).isEqualTo(okta.orgUrl() + "/oauth2/v1/userinfo");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/oauth2/nope/.well-known/openid-configuration",
        "/.well-known/oauth-authorization-server/oauth2/nope",
        "/oauth2/nope/v1/keys"
      })
  void should_answer_E0000007_for_an_unknown_authorization_server(String path) throws Exception {
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + path);
    // THEN
    then(response.statusCode()).isEqualTo(404);
    JsonNode body = JSON.readTree(response.body());
    then(body.get("errorCode").asText()).isEqualTo("E0000007");
    then(body.get("errorSummary").asText())
        .isEqualTo("Not found: Resource not found: nope (AuthorizationServer)");
  }

  @Test
  void should_publish_keys_with_exactly_okta_members_and_cache_control() throws Exception {
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.jwksUri());
    // THEN
    then(response.statusCode()).isEqualTo(200);
    then(response.headers().firstValue("Cache-Control"))
        .contains("max-age=3832304, must-revalidate");
    JsonNode keys = JSON.readTree(response.body());
    then(keys.size()).isEqualTo(1);
    JsonNode key = keys.get("keys").get(0);
    List<String> members = new ArrayList<>();
    key.fieldNames().forEachRemaining(members::add);
    then(members).containsExactly("kty", "alg", "kid", "use", "e", "n");
    then(key.get("kid").asText()).isEqualTo(okta.keys().signingKid()).hasSize(43);
    then(key.get("alg").asText()).isEqualTo("RS256");
    then(key.get("use").asText()).isEqualTo("sig");
  }

  @Test
  void should_issue_client_credentials_tokens_shaped_like_okta() throws Exception {
    // GIVEN
    String basic = basic(OAuthClient.DEFAULT_CLIENT_ID, OAuthClient.DEFAULT_CLIENT_SECRET);
    // WHEN
    HttpResponse<String> response =
        post(okta.tokenEndpoint(), basic, "grant_type=client_credentials&scope=orders.read");
    // THEN
    then(response.statusCode()).isEqualTo(200);
    then(response.headers().firstValue("Content-Type")).contains("application/json;charset=UTF-8");
    then(response.headers().firstValue("Cache-Control")).contains("no-store");
    JsonNode body = JSON.readTree(response.body());
    then(body.get("token_type").asText()).isEqualTo("Bearer");
    then(body.get("expires_in").asLong()).isEqualTo(3600);
    then(body.get("scope").asText()).isEqualTo("orders.read");
    then(body.has("refresh_token")).isFalse();
    SignedJWT jwt = SignedJWT.parse(body.get("access_token").asText());
    then(jwt.getHeader().toJSONObject()).containsOnlyKeys("alg", "kid");
    then(jwt.getHeader().getKeyID()).isEqualTo(okta.keys().signingKid());
    var claims = jwt.getJWTClaimsSet();
    then(claims.getClaims())
        .containsOnlyKeys("ver", "jti", "iss", "aud", "iat", "exp", "cid", "scp", "sub");
    then(claims.getIssuer()).isEqualTo(okta.issuer());
    then(claims.getAudience()).containsExactly("api://default");
    then(claims.getSubject()).isEqualTo(OAuthClient.DEFAULT_CLIENT_ID);
    then(claims.getStringListClaim("scp")).containsExactly("orders.read");
    then(claims.getJWTID()).startsWith("AT.");
    then(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
        .isEqualTo(3_600_000L);
  }

  @Test
  void should_accept_client_secret_post_and_use_the_custom_audience() throws Exception {
    // WHEN
    HttpResponse<String> response =
        post(
            okta.issuer("payments") + "/v1/token",
            null,
            "grant_type=client_credentials&scope=pay&client_id="
                + OAuthClient.DEFAULT_CLIENT_ID
                + "&client_secret="
                + OAuthClient.DEFAULT_CLIENT_SECRET);
    // THEN
    then(response.statusCode()).isEqualTo(200);
    var claims =
        SignedJWT.parse(JSON.readTree(response.body()).get("access_token").asText())
            .getJWTClaimsSet();
    then(claims.getIssuer()).isEqualTo(okta.orgUrl() + "/oauth2/payments");
    then(claims.getAudience()).containsExactly("api://payments");
  }

  @Test
  void should_use_the_fake_clock_and_an_enqueued_spec_for_the_next_token() throws Exception {
    // GIVEN
    okta.clock().advance(Duration.ofDays(3));
    okta.tokens()
        .enqueue(
            TokenSpec.builder()
                .claim("groups", List.of("admins"))
                .expiresIn(Duration.ofMinutes(7))
                .build());
    String basic = basic(OAuthClient.DEFAULT_CLIENT_ID, OAuthClient.DEFAULT_CLIENT_SECRET);
    // WHEN
    JsonNode first =
        JSON.readTree(
            post(okta.tokenEndpoint(), basic, "grant_type=client_credentials&scope=a").body());
    JsonNode second =
        JSON.readTree(
            post(okta.tokenEndpoint(), basic, "grant_type=client_credentials&scope=a").body());
    // THEN
    then(first.get("expires_in").asLong()).isEqualTo(420);
    var claims = SignedJWT.parse(first.get("access_token").asText()).getJWTClaimsSet();
    then(claims.getStringListClaim("groups")).containsExactly("admins");
    then(claims.getIssueTime().toInstant())
        .isCloseTo(
            okta.clock().instant(),
            org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
    then(second.get("expires_in").asLong()).isEqualTo(3600);
  }

  @Test
  void should_answer_token_errors_in_the_oauth_shape_with_okta_statuses() throws Exception {
    // GIVEN
    String good = basic(OAuthClient.DEFAULT_CLIENT_ID, OAuthClient.DEFAULT_CLIENT_SECRET);
    String limited = basic("0oalimited", "limited-secret");
    // WHEN / THEN
    thenError(
        post(okta.tokenEndpoint(), null, "grant_type=client_credentials&scope=a"),
        401,
        "invalid_client",
        "No client credentials found.");
    thenError(
        post(
            okta.tokenEndpoint(),
            basic(OAuthClient.DEFAULT_CLIENT_ID, "wrong"),
            "grant_type=client_credentials&scope=a"),
        401,
        "invalid_client",
        "The client secret supplied for a confidential client is invalid.");
    thenError(
        post(okta.tokenEndpoint(), good, "scope=a"),
        400,
        "invalid_request",
        "The token request must specify a 'grant_type'. Valid values: [authorization_code, client_credentials, password, refresh_token]");
    thenError(
        post(okta.tokenEndpoint(), good, "grant_type=urn:nope"),
        400,
        "unsupported_grant_type",
        null);
    thenError(
        post(okta.tokenEndpoint(), limited, "grant_type=password&username=a&password=b"),
        400,
        "unauthorized_client",
        null);
    thenError(
        post(okta.tokenEndpoint(), limited, "grant_type=client_credentials&scope=orders.write"),
        400,
        "invalid_scope",
        "The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.");
    thenError(
        post(okta.tokenEndpoint(), good, "grant_type=client_credentials"),
        400,
        "invalid_scope",
        "No scopes were requested.");
    thenError(
        post(
            okta.tokenEndpoint(),
            good,
            "grant_type=password&username=alice@example.com&password=nope&scope=openid"),
        400,
        "invalid_grant",
        "The credentials provided were invalid.");
  }

  @Test
  void should_answer_a_scripted_429_on_token_in_the_okta_shape() throws Exception {
    // GIVEN
    okta.when(postRequestedFor(urlPathEqualTo("/oauth2/default/v1/token")))
        .respond(OktaError.of("E0000047"));
    String basic = basic(OAuthClient.DEFAULT_CLIENT_ID, OAuthClient.DEFAULT_CLIENT_SECRET);
    // WHEN
    HttpResponse<String> limited =
        post(okta.tokenEndpoint(), basic, "grant_type=client_credentials&scope=a");
    HttpResponse<String> after =
        post(okta.tokenEndpoint(), basic, "grant_type=client_credentials&scope=a");
    // THEN
    then(limited.statusCode()).isEqualTo(429);
    then(JSON.readTree(limited.body()).get("errorCode").asText()).isEqualTo("E0000047");
    then(limited.headers().firstValue("X-Rate-Limit-Reset")).isPresent();
    then(after.statusCode()).isEqualTo(200);
  }

  @Test
  void should_introspect_active_then_inactive_after_revoke_and_expiry() throws Exception {
    // GIVEN
    String basic = basic(OAuthClient.DEFAULT_CLIENT_ID, OAuthClient.DEFAULT_CLIENT_SECRET);
    String revoked = okta.tokens().accessToken();
    String expiring = okta.tokens().accessToken();
    String introspect = okta.issuer() + "/v1/introspect";
    JsonNode active = JSON.readTree(post(introspect, basic, "token=" + revoked).body());
    // WHEN
    HttpResponse<String> revoke = post(okta.issuer() + "/v1/revoke", basic, "token=" + revoked);
    HttpResponse<String> revokeUnknown =
        post(okta.issuer() + "/v1/revoke", basic, "token=not-a-token");
    JsonNode afterRevoke = JSON.readTree(post(introspect, basic, "token=" + revoked).body());
    JsonNode stillActive = JSON.readTree(post(introspect, basic, "token=" + expiring).body());
    okta.clock().advance(Duration.ofMinutes(61));
    JsonNode afterExpiry = JSON.readTree(post(introspect, basic, "token=" + expiring).body());
    JsonNode garbage = JSON.readTree(post(introspect, basic, "token=garbage").body());
    // THEN
    then(active.get("active").asBoolean()).isTrue();
    then(active.get("token_type").asText()).isEqualTo("Bearer");
    then(active.get("scope").asText()).isEqualTo("openid profile email");
    then(active.get("iss").asText()).isEqualTo(okta.issuer());
    then(revoke.statusCode()).isEqualTo(200);
    then(revokeUnknown.statusCode()).isEqualTo(200);
    then(afterRevoke.toString()).isEqualTo("{\"active\":false}");
    then(stillActive.get("active").asBoolean()).isTrue();
    then(afterExpiry.toString()).isEqualTo("{\"active\":false}");
    then(garbage.toString()).isEqualTo("{\"active\":false}");
  }

  @Test
  void should_make_every_earlier_token_inactive_when_all_are_revoked_and_forget_it_on_reset() {
    // GIVEN
    String before = okta.tokens().accessToken();
    // WHEN
    okta.tokens().revokeAllIssuedUpToNow();
    okta.clock().advance(Duration.ofSeconds(2));
    String after = okta.tokens().accessToken();
    // THEN
    then(okta.tokens().isActive(before)).isFalse();
    then(okta.tokens().isActive(after)).isTrue();
    okta.reset();
    then(okta.tokens().isActive(before)).isTrue();
  }

  @Test
  void should_require_the_token_parameter_and_client_credentials_on_introspect() throws Exception {
    // WHEN / THEN
    thenError(
        post(
            okta.issuer() + "/v1/introspect",
            basic(OAuthClient.DEFAULT_CLIENT_ID, OAuthClient.DEFAULT_CLIENT_SECRET),
            ""),
        400,
        "invalid_request",
        "The 'token' parameter is required.");
    thenError(post(okta.issuer() + "/v1/introspect", null, "token=x"), 401, "invalid_client", null);
  }

  private static void thenError(
      HttpResponse<String> response, int status, String error, String description)
      throws Exception {
    then(response.statusCode()).as(response.body()).isEqualTo(status);
    then(response.headers().firstValue("Content-Type")).contains("application/json;charset=UTF-8");
    JsonNode body = JSON.readTree(response.body());
    then(body.get("error").asText()).isEqualTo(error);
    if (description != null) {
      then(body.get("error_description").asText()).isEqualTo(description);
    }
  }

  static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> post(String url, String authorization, String form) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return OktaHttp.send(request.build());
  }
}

package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.Clients;
import com.okta.sdk.helper.ApiExceptionHelper;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The management API judges the fake's own access tokens: org authorization server and scopes. */
class ManagementApiAccessTokenIntegrationTest {

  private static final String CLIENT_ID = "0oamgmtservice";
  private static final String HTTPS_CHECK = "okta.testing.disableHttpsCheck";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static RSAKey clientKey;
  private static FakeOktaServer okta;

  @BeforeAll
  static void start() throws JOSEException {
    clientKey = new RSAKeyGenerator(2048).keyID("kid-1").generate();
    okta =
        FakeOktaServer.builder()
            .https(false) // the SDK's client assertion names the org URL it was given
            .authorization(
                AuthorizationConfig.builder()
                    .client(
                        OAuthClient.builder(CLIENT_ID)
                            .publicJwk(clientKey)
                            .scopes("okta.users.read")
                            .build())
                    .build())
            .start();
    okta.directory().seed(DirectorySeed.builder().user("alice@example.com", "Alice", "L").build());
    System.setProperty(HTTPS_CHECK, "true"); // the SDK talks plain HTTP here
  }

  @AfterAll
  static void stop() {
    System.clearProperty(HTTPS_CHECK);
    okta.close();
  }

  @BeforeEach
  void reset() {
    okta.reset();
  }

  private static HttpResponse<String> listUsers(String token) {
    return OktaHttp.send(
        HttpRequest.newBuilder(URI.create(okta.orgUrl() + "/api/v1/users"))
            .header("Authorization", "Bearer " + token)
            .build());
  }

  private static String orgToken(String... scopes) {
    return okta.tokens()
        .accessToken(TokenSpec.builder().orgAuthorizationServer().scopes(scopes).build());
  }

  @Test
  void should_refuse_a_token_with_only_openid_profile_on_users_with_403_E0000006() {
    // GIVEN the SDK in OAuth mode, whose token the fake issues with only openid and profile
    okta.tokens()
        .enqueue(TokenSpec.builder().orgAuthorizationServer().scopes("openid", "profile").build());
    ApiClient client = sdk();
    // WHEN
    ApiException thrown =
        catchThrowableOfType(
            ApiException.class,
            () -> new UserApi(client).listUsers(null, null, null, null, null, null, null, null));
    // THEN
    then(thrown.getCode()).isEqualTo(403);
    then(ApiExceptionHelper.getError(thrown).getErrorCode()).isEqualTo("E0000006");
    then(thrown.getResponseHeaders().get("WWW-Authenticate"))
        .singleElement()
        .asString()
        .contains(
            "scope=\"okta.users.read\"",
            "error=\"insufficient_scope\"",
            "error_description=\"The access token provided does not contain the required scopes.\"",
            "resource=\"/api/v1/users\"");
  }

  @Test
  void should_serve_the_sdk_with_an_okta_users_read_token() {
    // GIVEN
    ApiClient client = sdk();
    // WHEN / THEN
    then(new UserApi(client).listUsers(null, null, null, null, null, null, null, null))
        .extracting(u -> u.getProfile().getLogin())
        .containsExactly("alice@example.com");
  }

  @Test
  void should_stop_a_revoked_token_at_once_with_401_E0000011() throws Exception {
    // GIVEN
    String token = orgToken("okta.users.read");
    then(listUsers(token).statusCode()).isEqualTo(200);
    // WHEN
    okta.tokens().revoke(token);
    HttpResponse<String> response = listUsers(token);
    // THEN
    then(response.statusCode()).isEqualTo(401);
    then(JSON.readTree(response.body()).path("errorCode").asText()).isEqualTo("E0000011");
  }

  @Test
  void should_refuse_a_token_of_a_custom_authorization_server_with_401_E0000011() throws Exception {
    // GIVEN a token of the default custom authorization server, not the org's
    String token = okta.tokens().accessToken(TokenSpec.builder().scopes("okta.users.read").build());
    // WHEN
    HttpResponse<String> response = listUsers(token);
    // THEN
    then(response.statusCode()).isEqualTo(401);
    then(JSON.readTree(response.body()).path("errorCode").asText()).isEqualTo("E0000011");
  }

  @Test
  void should_say_expired_for_an_expired_token() {
    // GIVEN
    String token = orgToken("okta.users.read");
    okta.clock().advance(java.time.Duration.ofHours(2));
    // WHEN
    HttpResponse<String> response = listUsers(token);
    // THEN
    then(response.statusCode()).isEqualTo(401);
    then(response.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("error=\"invalid_token\"", "The token has expired.");
  }

  private static ApiClient sdk() {
    try {
      return Clients.builder()
          .setOrgUrl(okta.httpUrl())
          .setAuthorizationMode(AuthorizationMode.PRIVATE_KEY)
          .setClientId(CLIENT_ID)
          .setKid("kid-1")
          .setScopes(new LinkedHashSet<>(Set.of("okta.users.read")))
          .setPrivateKey(clientKey.toPrivateKey())
          .setCacheManager(Caches.newDisabledCacheManager())
          .setRetryMaxAttempts(0)
          .build();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}

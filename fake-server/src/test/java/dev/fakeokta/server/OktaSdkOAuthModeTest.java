package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24 in OAuth mode (private_key_jwt) gets a token from the fake and uses it. */
class OktaSdkOAuthModeTest {

  private static final String CLIENT_ID = "0oasdkservice";
  private static final String HTTPS_CHECK = "okta.testing.disableHttpsCheck";
  private static RSAKey clientKey;
  private static FakeOktaServer okta;

  @BeforeAll
  static void start() throws JOSEException {
    clientKey = new RSAKeyGenerator(2048).keyID("kid-1").generate();
    okta =
        FakeOktaServer.builder()
            .https(false)
            .authorization(
                AuthorizationConfig.builder()
                    .client(
                        OAuthClient.builder(CLIENT_ID)
                            .publicJwk(clientKey)
                            .scopes("okta.users.read", "okta.groups.read")
                            .build())
                    .build())
            .start();
    System.setProperty(HTTPS_CHECK, "true"); // the fake is plain HTTP here
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

  @Test
  void should_get_a_token_with_private_key_jwt_and_call_the_api_with_it() throws Exception {
    // GIVEN
    ApiClient client = sdkClient();
    // WHEN
    ApiException notServedYet =
        catchThrowableOfType(
            ApiException.class, () -> new UserApi(client).getUser("00u1", null, null));
    // THEN the token request
    List<ServedRequest> journal = okta.journal();
    ServedRequest tokenRequest = journal.get(0);
    then(tokenRequest.method()).isEqualTo("POST");
    then(tokenRequest.path()).isEqualTo("/oauth2/v1/token");
    then(tokenRequest.status()).isEqualTo(200);
    String form = URLDecoder.decode(tokenRequest.requestBody(), StandardCharsets.UTF_8);
    then(form).contains("grant_type=client_credentials", "client_assertion=");
    then(tokenRequest.responseBody()).contains("\"expires_in\":3600", "\"token_type\":\"Bearer\"");
    String accessToken =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(tokenRequest.responseBody())
            .get("access_token")
            .asText();
    JWTClaimsSet claims = SignedJWT.parse(accessToken).getJWTClaimsSet();
    then(claims.getIssuer()).isEqualTo(okta.orgUrl());
    then(claims.getAudience()).containsExactly(okta.orgUrl());
    then(claims.getSubject()).isEqualTo(CLIENT_ID);
    then(claims.getStringListClaim("scp"))
        .containsExactlyInAnyOrder("okta.users.read", "okta.groups.read");
    // THEN the API call carries it; the management API is not served (yet), so 404 E0000008
    ServedRequest apiCall = journal.get(journal.size() - 1);
    then(apiCall.path()).isEqualTo("/api/v1/users/00u1");
    then(apiCall.requestHeader("Authorization")).contains("Bearer " + accessToken);
    then(notServedYet.getCode()).isEqualTo(404);
    then(apiCall.errorCode()).contains("E0000008");
  }

  @Test
  void should_fail_the_build_when_the_client_key_is_not_the_registered_one() throws Exception {
    // GIVEN
    RSAKey otherKey = new RSAKeyGenerator(2048).keyID("kid-1").generate();
    // WHEN
    Throwable thrown = org.assertj.core.api.BDDAssertions.catchThrowable(() -> sdkClient(otherKey));
    // THEN
    then(thrown).isNotNull().hasMessageContaining("invalid_client");
    then(okta.journal().get(0).status()).isEqualTo(401);
  }

  private static ApiClient sdkClient() throws JOSEException {
    return sdkClient(clientKey);
  }

  private static ApiClient sdkClient(RSAKey key) throws JOSEException {
    return Clients.builder()
        .setOrgUrl(okta.orgUrl())
        .setAuthorizationMode(AuthorizationMode.PRIVATE_KEY)
        .setClientId(CLIENT_ID)
        .setKid("kid-1")
        .setScopes(new LinkedHashSet<>(Set.of("okta.users.read", "okta.groups.read")))
        .setPrivateKey(key.toPrivateKey())
        .setCacheManager(Caches.newDisabledCacheManager())
        .setRetryMaxAttempts(0)
        .build();
  }
}

package dev.fakeokta.server;

import static dev.fakeokta.server.AuthorizationServerEndpointsTest.basic;
import static dev.fakeokta.server.AuthorizationServerEndpointsTest.post;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Password, refresh-token, authorization-code + PKCE grants, private_key_jwt and userinfo. */
class UserGrantsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SPA = "0oaspa";
  private static final String SPA_REDIRECT = "http://localhost:3000/callback";
  private static final String SERVICE = "0oaservice";
  private static final String DEFAULT_BASIC =
      basic(OAuthClient.DEFAULT_CLIENT_ID, OAuthClient.DEFAULT_CLIENT_SECRET);
  private static RSAKey serviceKey;
  private static FakeOktaServer okta;

  @BeforeAll
  static void start() throws JOSEException {
    serviceKey = new RSAKeyGenerator(2048).keyID("svc-1").generate();
    okta =
        FakeOktaServer.builder()
            .authorization(
                AuthorizationConfig.builder()
                    .client(
                        OAuthClient.builder(SPA)
                            .grantTypes("authorization_code", "refresh_token")
                            .redirectUris(SPA_REDIRECT)
                            .build())
                    .client(
                        OAuthClient.builder(SERVICE)
                            .publicJwk(serviceKey)
                            .scopes("okta.users.read")
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

  @Test
  void should_issue_access_id_and_refresh_tokens_for_the_password_grant() throws Exception {
    // WHEN
    HttpResponse<String> response =
        post(
            okta.tokenEndpoint(),
            DEFAULT_BASIC,
            "grant_type=password&username=alice%40example.com&password="
                + ResourceOwner.DEFAULT_PASSWORD
                + "&scope=openid%20profile%20email%20offline_access");
    // THEN
    then(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    JWTClaimsSet access = SignedJWT.parse(body.get("access_token").asText()).getJWTClaimsSet();
    then(access.getSubject()).isEqualTo(ResourceOwner.DEFAULT_LOGIN);
    then(access.getStringClaim("uid")).isEqualTo(ResourceOwner.DEFAULT_ID);
    then(access.getStringClaim("cid")).isEqualTo(OAuthClient.DEFAULT_CLIENT_ID);
    then(body.get("refresh_token").asText()).isNotBlank();
    JWTClaimsSet id = SignedJWT.parse(body.get("id_token").asText()).getJWTClaimsSet();
    then(id.getSubject()).isEqualTo(ResourceOwner.DEFAULT_ID);
    then(id.getAudience()).containsExactly(OAuthClient.DEFAULT_CLIENT_ID);
    then(id.getIssuer()).isEqualTo(okta.issuer());
    then(id.getJWTID()).startsWith("ID.");
    then(id.getStringClaim("email")).isEqualTo(ResourceOwner.DEFAULT_LOGIN);
    then(id.getStringClaim("name")).isEqualTo("Alice Example");
    then(id.getStringClaim("at_hash")).isNotBlank();
    then(id.getClaims()).containsKeys("ver", "amr", "idp", "auth_time");
  }

  @Test
  void should_rotate_refresh_tokens_and_reject_a_used_one() throws Exception {
    // GIVEN
    String refresh = passwordGrant("openid offline_access").get("refresh_token").asText();
    // WHEN
    HttpResponse<String> first =
        post(
            okta.tokenEndpoint(),
            DEFAULT_BASIC,
            "grant_type=refresh_token&refresh_token=" + refresh);
    HttpResponse<String> reused =
        post(
            okta.tokenEndpoint(),
            DEFAULT_BASIC,
            "grant_type=refresh_token&refresh_token=" + refresh);
    // THEN
    then(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(first.body());
    then(body.get("refresh_token").asText()).isNotEqualTo(refresh);
    then(body.get("expires_in").asLong()).isEqualTo(3600);
    then(reused.statusCode()).isEqualTo(400);
    then(JSON.readTree(reused.body()).get("error_description").asText())
        .isEqualTo("The refresh token is invalid or expired.");
  }

  @Test
  void should_make_a_revoked_refresh_token_inactive_and_unusable() throws Exception {
    // GIVEN
    String refresh = passwordGrant("openid offline_access").get("refresh_token").asText();
    String introspect = okta.issuer() + "/v1/introspect";
    then(JSON.readTree(post(introspect, DEFAULT_BASIC, "token=" + refresh).body())
            .get("active")
            .asBoolean())
        .isTrue();
    // WHEN
    post(okta.issuer() + "/v1/revoke", DEFAULT_BASIC, "token=" + refresh);
    // THEN
    then(post(introspect, DEFAULT_BASIC, "token=" + refresh).body())
        .isEqualTo("{\"active\":false}");
    then(post(
                okta.tokenEndpoint(),
                DEFAULT_BASIC,
                "grant_type=refresh_token&refresh_token=" + refresh)
            .statusCode())
        .isEqualTo(400);
  }

  @Test
  void should_run_the_authorization_code_flow_with_pkce_for_a_public_client() throws Exception {
    // GIVEN
    String verifier = "verifier-" + UUID.randomUUID() + UUID.randomUUID();
    String challenge = s256(verifier);
    // WHEN
    HttpResponse<String> authorize =
        OktaHttp.get(
            okta.issuer()
                + "/v1/authorize?client_id="
                + SPA
                + "&response_type=code&scope=openid%20profile%20offline_access&state=st-1&nonce=n-1"
                + "&redirect_uri="
                + enc(SPA_REDIRECT)
                + "&code_challenge="
                + challenge
                + "&code_challenge_method=S256");
    String location = authorize.headers().firstValue("Location").orElseThrow();
    String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
    HttpResponse<String> wrongVerifier =
        post(
            okta.tokenEndpoint(),
            null,
            "grant_type=authorization_code&client_id="
                + SPA
                + "&code="
                + code
                + "&redirect_uri="
                + enc(SPA_REDIRECT)
                + "&code_verifier=wrong-"
                + verifier);
    // THEN
    then(authorize.statusCode()).isEqualTo(302);
    then(location).startsWith(SPA_REDIRECT + "?code=").endsWith("&state=st-1");
    then(wrongVerifier.statusCode()).isEqualTo(400);
    then(JSON.readTree(wrongVerifier.body()).get("error_description").asText())
        .isEqualTo("PKCE verification failed.");
  }

  @Test
  void should_exchange_a_code_once_with_the_right_verifier() throws Exception {
    // GIVEN
    String verifier = "verifier-" + UUID.randomUUID() + UUID.randomUUID();
    String location =
        OktaHttp.get(
                okta.issuer()
                    + "/v1/authorize?client_id="
                    + SPA
                    + "&response_type=code&scope=openid%20profile&state=s&nonce=n-42"
                    + "&redirect_uri="
                    + enc(SPA_REDIRECT)
                    + "&code_challenge="
                    + s256(verifier)
                    + "&code_challenge_method=S256")
            .headers()
            .firstValue("Location")
            .orElseThrow();
    String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
    String form =
        "grant_type=authorization_code&client_id="
            + SPA
            + "&code="
            + code
            + "&redirect_uri="
            + enc(SPA_REDIRECT)
            + "&code_verifier="
            + verifier;
    // WHEN
    HttpResponse<String> exchanged = post(okta.tokenEndpoint(), null, form);
    HttpResponse<String> again = post(okta.tokenEndpoint(), null, form);
    // THEN
    then(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(exchanged.body());
    JWTClaimsSet id = SignedJWT.parse(body.get("id_token").asText()).getJWTClaimsSet();
    then(id.getStringClaim("nonce")).isEqualTo("n-42");
    then(id.getAudience()).containsExactly(SPA);
    then(again.statusCode()).isEqualTo(400);
    then(JSON.readTree(again.body()).get("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void should_redirect_authorize_errors_and_refuse_unregistered_redirects() throws Exception {
    // WHEN
    HttpResponse<String> noPkce =
        OktaHttp.get(
            okta.issuer()
                + "/v1/authorize?client_id="
                + SPA
                + "&response_type=code&scope=openid&state=s1&redirect_uri="
                + enc(SPA_REDIRECT));
    HttpResponse<String> badRedirect =
        OktaHttp.get(
            okta.issuer()
                + "/v1/authorize?client_id="
                + SPA
                + "&response_type=code&scope=openid&redirect_uri="
                + enc("http://evil.example/cb"));
    HttpResponse<String> badClient =
        OktaHttp.get(okta.issuer() + "/v1/authorize?client_id=nope&response_type=code");
    // THEN
    then(noPkce.statusCode()).isEqualTo(302);
    then(noPkce.headers().firstValue("Location").orElseThrow())
        .startsWith(SPA_REDIRECT + "?error=invalid_request&error_description=")
        .endsWith("&state=s1");
    then(badRedirect.statusCode()).isEqualTo(400);
    then(badClient.statusCode()).isEqualTo(400);
    then(JSON.readTree(badClient.body()).get("errorCode").asText()).isEqualTo("invalid_client");
  }

  @Test
  void should_authenticate_private_key_jwt_against_the_registered_key() throws Exception {
    // GIVEN
    String tokenUrl = okta.orgUrl() + "/oauth2/v1/token";
    // WHEN
    HttpResponse<String> good =
        clientAssertion(tokenUrl, serviceKey, tokenUrl, Duration.ofMinutes(50));
    HttpResponse<String> wrongAudience =
        clientAssertion(tokenUrl, serviceKey, okta.tokenEndpoint(), Duration.ofMinutes(50));
    HttpResponse<String> expired =
        clientAssertion(tokenUrl, serviceKey, tokenUrl, Duration.ofMinutes(-10));
    HttpResponse<String> otherKey =
        clientAssertion(
            tokenUrl,
            new RSAKeyGenerator(2048).keyID("svc-1").generate(),
            tokenUrl,
            Duration.ofMinutes(5));
    // THEN
    then(good.statusCode()).as(good.body()).isEqualTo(200);
    JWTClaimsSet claims =
        SignedJWT.parse(JSON.readTree(good.body()).get("access_token").asText()).getJWTClaimsSet();
    then(claims.getIssuer()).isEqualTo(okta.orgUrl());
    then(claims.getAudience()).containsExactly(okta.orgUrl());
    then(claims.getSubject()).isEqualTo(SERVICE);
    then(claims.getClaims()).doesNotContainKey("uid");
    then(JSON.readTree(wrongAudience.body()).get("error_description").asText())
        .isEqualTo(
            "The audience claim for client_assertion must be the endpoint invoked for the request.");
    then(wrongAudience.statusCode()).isEqualTo(401);
    then(JSON.readTree(expired.body()).get("error_description").asText())
        .isEqualTo("The client_assertion token is expired.");
    then(JSON.readTree(otherKey.body()).get("error_description").asText())
        .isEqualTo("The client_assertion signature is invalid.");
  }

  @Test
  void should_serve_userinfo_for_a_user_token_and_challenge_a_bad_one() throws Exception {
    // GIVEN
    String token = passwordGrant("openid profile email").get("access_token").asText();
    // WHEN
    HttpResponse<String> info = bearer(okta.issuer() + "/v1/userinfo", token);
    HttpResponse<String> expired =
        bearer(okta.issuer() + "/v1/userinfo", okta.tokens().badAccessToken(BadToken.EXPIRED));
    HttpResponse<String> noOpenid =
        bearer(
            okta.issuer() + "/v1/userinfo",
            okta.tokens().accessToken(TokenSpec.builder().scopes("orders.read").build()));
    // THEN
    then(info.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(info.body());
    then(body.get("sub").asText()).isEqualTo(ResourceOwner.DEFAULT_ID);
    then(body.get("email").asText()).isEqualTo(ResourceOwner.DEFAULT_LOGIN);
    then(expired.statusCode()).isEqualTo(401);
    then(expired.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("error=\"invalid_token\"");
    then(noOpenid.statusCode()).isEqualTo(403);
    then(noOpenid.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("error=\"insufficient_scope\"");
  }

  @Test
  void should_redirect_logout_to_the_post_logout_uri_with_state() {
    // WHEN
    HttpResponse<String> response =
        OktaHttp.get(
            okta.issuer()
                + "/v1/logout?post_logout_redirect_uri="
                + enc(SPA_REDIRECT)
                + "&state=bye");
    // THEN
    then(response.statusCode()).isEqualTo(302);
    then(response.headers().firstValue("Location")).contains(SPA_REDIRECT + "?state=bye");
  }

  private JsonNode passwordGrant(String scope) throws Exception {
    HttpResponse<String> response =
        post(
            okta.tokenEndpoint(),
            DEFAULT_BASIC,
            "grant_type=password&username="
                + enc(ResourceOwner.DEFAULT_LOGIN)
                + "&password="
                + ResourceOwner.DEFAULT_PASSWORD
                + "&scope="
                + enc(scope));
    then(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> clientAssertion(
      String tokenUrl, RSAKey key, String audience, Duration expiresIn) throws JOSEException {
    Instant now = okta.clock().instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(SERVICE)
            .subject(SERVICE)
            .audience(audience)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(expiresIn)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("svc-1").build(), claims);
    jwt.sign(new RSASSASigner(key));
    return post(
        tokenUrl,
        null,
        "grant_type=client_credentials&scope=okta.users.read"
            + "&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
            + "&client_assertion="
            + jwt.serialize());
  }

  private static HttpResponse<String> bearer(String url, String token) {
    return OktaHttp.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build());
  }

  private static String s256(String verifier) throws Exception {
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fixed signing key makes the JWKS and tokens the same across fakes and runs. */
class FixedSigningKeyTest {

  private static RSAKey key;
  private static RSAKey other;

  private final List<FakeOktaServer> started = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("fixed-kid-1").generate();
    other = new RSAKeyGenerator(2048).generate();
  }

  @AfterEach
  void stop() {
    started.forEach(FakeOktaServer::stop);
  }

  @Test
  void should_publish_the_same_key_in_two_fakes_and_verify_one_fakes_token_with_the_others_jwks()
      throws Exception {
    // GIVEN
    FakeOktaServer first = start(AuthorizationConfig.builder().signingKey(key).build());
    FakeOktaServer second = start(AuthorizationConfig.builder().signingKey(key).build());
    // WHEN
    JWKSet firstJwks = jwks(first);
    JWKSet secondJwks = jwks(second);
    String token = first.tokens().accessToken();
    // THEN
    then(firstJwks.getKeys())
        .singleElement()
        .extracting(k -> k.getKeyID())
        .isEqualTo("fixed-kid-1");
    RSAKey published = (RSAKey) secondJwks.getKeys().get(0);
    then(published.getKeyID()).isEqualTo("fixed-kid-1");
    then(published.getModulus()).isEqualTo(key.getModulus());
    then(published.isPrivate()).isFalse();
    then(published.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
    then(published.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    then(firstJwks.toString()).isEqualTo(secondJwks.toString());
    then(SignedJWT.parse(token).getHeader().getKeyID()).isEqualTo("fixed-kid-1");
    DefaultJWTProcessor<SecurityContext> verifier = new DefaultJWTProcessor<>();
    verifier.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(secondJwks)));
    JWTClaimsSet claims = verifier.process(token, null);
    then(claims.getIssuer()).isEqualTo(first.issuer());
  }

  @Test
  void should_rotate_to_a_generated_key_and_reset_back_to_the_fixed_key() throws Exception {
    // GIVEN
    FakeOktaServer okta = start(AuthorizationConfig.builder().signingKey(key).build());
    // WHEN
    String next = okta.keys().rotate();
    // THEN
    then(next).isNotEqualTo("fixed-kid-1");
    then(okta.keys().statuses())
        .containsEntry("fixed-kid-1", "EXPIRED")
        .containsEntry(next, "ACTIVE");
    then(SignedJWT.parse(okta.tokens().accessToken()).getHeader().getKeyID()).isEqualTo(next);
    // WHEN
    okta.reset();
    // THEN
    then(okta.keys().publishedKids()).containsExactly("fixed-kid-1");
    then(jwks(okta).getKeys())
        .singleElement()
        .extracting(k -> k.getKeyID())
        .isEqualTo("fixed-kid-1");
  }

  @Test
  void should_read_the_key_from_a_jwk_file_or_a_one_key_jwk_set_file() throws Exception {
    // GIVEN
    Path jwk = Files.writeString(dir.resolve("key.json"), key.toJSONString());
    Path set = Files.writeString(dir.resolve("set.json"), new JWKSet(key).toString(false));
    // WHEN
    AuthorizationConfig fromJwk = AuthorizationConfig.builder().signingKey(jwk).build();
    RSAKey fromSet = AuthorizationConfig.readSigningKey(set);
    // THEN
    then(fromJwk.signingKey()).hasValueSatisfying(k -> then(k.getKeyID()).isEqualTo("fixed-kid-1"));
    then(fromSet.getModulus()).isEqualTo(key.getModulus());
    then(fromSet.isPrivate()).isTrue();
    then(fromJwk.toString())
        .contains("fixed-kid-1")
        .doesNotContain(key.getPrivateExponent().toString());
  }

  @Test
  void should_reject_bad_keys_with_a_clear_message_that_never_shows_the_key() throws Exception {
    // GIVEN
    RSAKey small = new RSAKeyGenerator(1024, true).keyID("small").generate();
    RSAKey noKid = new RSAKeyGenerator(2048).generate();
    RSAKey mismatched =
        new RSAKey.Builder(key.toRSAPublicKey())
            .privateKey(other.toRSAPrivateKey())
            .keyID("mixed")
            .build();
    RSAKey encryption = new RSAKey.Builder(key).keyUse(KeyUse.ENCRYPTION).build();
    Path truncated =
        Files.writeString(dir.resolve("truncated.json"), key.toJSONString().substring(0, 200));
    Path ec =
        Files.writeString(
            dir.resolve("ec.json"),
            "{\"kty\": \"EC\", \"crv\": \"P-256\","
                + " \"x\": \"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
                + " \"y\": \"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\", \"kid\": \"ec\"}");
    Path twoKeys =
        Files.writeString(dir.resolve("two.json"), new JWKSet(List.of(key, other)).toString(false));
    // WHEN
    List<Throwable> thrown =
        List.of(
            catchThrowable(() -> AuthorizationConfig.builder().signingKey(key.toPublicJWK())),
            catchThrowable(() -> AuthorizationConfig.builder().signingKey(noKid)),
            catchThrowable(() -> AuthorizationConfig.builder().signingKey(small)),
            catchThrowable(() -> AuthorizationConfig.builder().signingKey(mismatched)),
            catchThrowable(() -> AuthorizationConfig.builder().signingKey(encryption)),
            catchThrowable(() -> AuthorizationConfig.builder().signingKey(truncated)),
            catchThrowable(() -> AuthorizationConfig.builder().signingKey(ec)),
            catchThrowable(() -> AuthorizationConfig.builder().signingKey(twoKeys)));
    // THEN
    then(thrown).allSatisfy(t -> then(t).isInstanceOf(IllegalArgumentException.class));
    then(thrown)
        .extracting(Throwable::getMessage)
        .containsExactly(
            "signingKey must be a private RSA JWK (with \"d\"): the fake signs tokens with it",
            "signingKey must have a \"kid\": it is published in the JWKS and token headers",
            "signingKey must be at least 2048 bits, was 1024 (kid small)",
            "signingKey's private part does not match its public part (kid mixed)",
            "signingKey must be a signing key (\"use\": \"sig\"), was \"enc\" (kid fixed-kid-1)",
            truncated + ": signingKey is not valid JSON (at line 1, column 201)",
            ec + ": signingKey must be an RSA key (\"kty\": \"RSA\"), was EC",
            twoKeys + ": signingKey: a JWK set must hold exactly one key, had 2");
    for (Throwable t : thrown) {
      then(t.getMessage())
          .doesNotContain(key.getPrivateExponent().toString())
          .doesNotContain(key.getModulus().toString().substring(0, 20));
    }
  }

  private FakeOktaServer start(AuthorizationConfig authorization) {
    FakeOktaServer okta =
        FakeOktaServer.builder().https(false).authorization(authorization).start();
    started.add(okta);
    return okta;
  }

  private JWKSet jwks(FakeOktaServer okta) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(okta.jwksUri())).build(),
            HttpResponse.BodyHandlers.ofString());
    then(response.statusCode()).isEqualTo(200);
    return JWKSet.parse(response.body());
  }
}

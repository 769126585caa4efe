package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.Tokens.accessToken;
import static dev.fakeokta.assertions.error.ShouldHaveValidSignature.shouldHaveValidSignature;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtAssert_hasValidSignature_Test {

  @Test
  void should_pass_when_the_signature_verifies() {
    assertThat(accessToken())
        .hasValidSignature(
            new JWKSet(List.of(Tokens.KEY.toPublicJWK(), Tokens.OTHER_KEY.toPublicJWK())));
  }

  @Test
  void should_fail_when_the_kid_is_signed_by_another_key() throws Exception {
    // GIVEN
    SignedJWT jwt = accessToken();
    JWKSet jwks =
        new JWKSet(
            new com.nimbusds.jose.jwk.RSAKey.Builder(Tokens.OTHER_KEY.toRSAPublicKey())
                .keyID("kid-1")
                .build());
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).hasValidSignature(jwks));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveValidSignature(
                    jwt, List.of("kid-1"), "the signature does not verify with the key \"kid-1\"")
                .create());
  }

  @Test
  void should_fail_when_no_key_has_the_kid() {
    // GIVEN
    SignedJWT jwt = accessToken();
    JWKSet jwks = new JWKSet(Tokens.OTHER_KEY.toPublicJWK());
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).hasValidSignature(jwks));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveValidSignature(
                    jwt, List.of("kid-2"), "it has no RSA key with the header's kid \"kid-1\"")
                .create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    SignedJWT actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasValidSignature(new JWKSet()));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatJwks;
import static dev.fakeokta.assertions.error.ShouldContainKeyId.shouldContainKeyId;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;

class JwksAssert_containsKeyId_Test {

  @Test
  void should_pass_when_a_key_has_the_kid() {
    assertThatJwks(Jwks.okta()).containsKeyId("kid-1");
    assertThat(new JWKSet(Tokens.OTHER_KEY.toPublicJWK())).containsKeyId("kid-2");
  }

  @Test
  void should_fail_when_no_key_has_the_kid() throws Exception {
    // GIVEN
    String json = Jwks.okta();
    // WHEN
    var error = expectAssertionError(() -> assertThatJwks(json).containsKeyId("kid-unknown"));
    // THEN
    then(error).hasMessage(shouldContainKeyId(Jwks.keys(json), "kid-unknown").create());
    then(error.getMessage())
        .isEqualTo(
            "%nExpecting JWKS:%n  keys [kid-1 (kty, alg, kid, use, e, n)]%nto contain a key with kid:%n  \"kid-unknown\"%nbut its kids are:%n  [\"kid-1\"]"
                .formatted());
  }

  @Test
  void should_throw_a_non_assertion_exception_for_text_that_is_not_a_jwks() {
    thenThrownBy(() -> assertThatJwks("{\"foo\":1}").containsKeyId("kid-1"))
        .isInstanceOf(FakeOktaAssertionException.class)
        .hasMessage("The text is not a JWKS: it has no \"keys\" array, only [foo]");
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    String actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThatJwks(actual).containsKeyId("kid-1"));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

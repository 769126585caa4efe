package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatJwt;
import static dev.fakeokta.assertions.Tokens.accessToken;
import static dev.fakeokta.assertions.error.ShouldBeSignedBy.shouldBeSignedBy;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

class JwtAssert_isSignedBy_Test {

  @Test
  void should_pass_when_the_header_names_the_kid() {
    assertThatJwt(accessToken().serialize()).isSignedBy("kid-1");
  }

  @Test
  void should_fail_when_the_header_names_another_kid() {
    // GIVEN
    SignedJWT jwt = accessToken();
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).isSignedBy("kid-2"));
    // THEN
    then(error).hasMessage(shouldBeSignedBy(jwt, "kid-2", "kid-1").create());
    then(error.getMessage())
        .startsWith("%nExpecting JWT:%n  header {".formatted())
        .contains("\"kid\":\"kid-1\"")
        .doesNotContain(jwt.getSignature().toString());
  }

  @Test
  void should_throw_a_non_assertion_exception_for_text_that_is_not_a_jwt() {
    thenThrownBy(() -> assertThatJwt("not-a-jwt"))
        .isInstanceOf(FakeOktaAssertionException.class)
        .hasMessageStartingWith("The text is not a compact signed JWT")
        .hasMessageContaining("9 characters given");
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    SignedJWT actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).isSignedBy("kid-1"));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

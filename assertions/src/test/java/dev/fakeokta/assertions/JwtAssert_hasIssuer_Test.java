package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.Tokens.accessToken;
import static dev.fakeokta.assertions.error.ShouldHaveIssuer.shouldHaveIssuer;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

class JwtAssert_hasIssuer_Test {

  @Test
  void should_pass_when_iss_matches() {
    assertThat(accessToken()).hasIssuer("https://example.okta.com/oauth2/default");
  }

  @Test
  void should_fail_when_iss_differs() {
    // GIVEN
    SignedJWT jwt = accessToken();
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).hasIssuer("https://example.okta.com"));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveIssuer(
                    jwt, "https://example.okta.com", "https://example.okta.com/oauth2/default")
                .create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    SignedJWT actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasIssuer("x"));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.Tokens.accessToken;
import static dev.fakeokta.assertions.error.ShouldHaveAudience.shouldHaveAudience;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtAssert_hasAudience_Test {

  @Test
  void should_pass_when_aud_contains_the_audience() {
    assertThat(accessToken()).hasAudience("api://default");
  }

  @Test
  void should_fail_when_aud_lacks_the_audience() {
    // GIVEN
    SignedJWT jwt = accessToken();
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).hasAudience("https://example.okta.com"));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveAudience(jwt, "https://example.okta.com", List.of("api://default")).create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    SignedJWT actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasAudience("api://default"));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.Tokens.accessToken;
import static dev.fakeokta.assertions.error.ShouldExpireWithin.shouldExpireWithin;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JwtAssert_expiresWithin_Test {

  @Test
  void should_pass_when_the_lifetime_is_short_enough() {
    assertThat(accessToken()).expiresWithin(Duration.ofHours(1));
  }

  @Test
  void should_fail_when_the_lifetime_is_longer() {
    // GIVEN
    SignedJWT jwt = accessToken();
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).expiresWithin(Duration.ofMinutes(5)));
    // THEN
    then(error)
        .hasMessage(
            shouldExpireWithin(jwt, Duration.ofMinutes(5), Tokens.IAT, Tokens.EXP).create());
    then(error.getMessage()).contains("to expire within 5 min of being issued");
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    SignedJWT actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).expiresWithin(Duration.ofHours(1)));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

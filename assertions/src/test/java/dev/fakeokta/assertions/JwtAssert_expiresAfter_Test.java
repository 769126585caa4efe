package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.Tokens.accessToken;
import static dev.fakeokta.assertions.error.ShouldExpireAfter.shouldExpireAfter;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JwtAssert_expiresAfter_Test {

  @Test
  void should_pass_when_exp_is_later() {
    assertThat(accessToken()).expiresAfter(Tokens.EXP.minusSeconds(1));
  }

  @Test
  void should_fail_when_exp_is_not_later() {
    // GIVEN
    SignedJWT jwt = accessToken();
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).expiresAfter(Tokens.EXP));
    // THEN
    then(error).hasMessage(shouldExpireAfter(jwt, Tokens.EXP, Tokens.EXP).create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    SignedJWT actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).expiresAfter(Instant.EPOCH));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

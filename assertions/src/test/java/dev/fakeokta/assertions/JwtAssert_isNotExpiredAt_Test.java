package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.Tokens.accessToken;
import static dev.fakeokta.assertions.error.ShouldBeExpiredAt.shouldNotBeExpiredAt;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.server.FakeClock;
import org.junit.jupiter.api.Test;

class JwtAssert_isNotExpiredAt_Test {

  @Test
  void should_pass_before_exp() {
    // GIVEN
    FakeClock clock = new FakeClock();
    clock.set(Tokens.IAT);
    // WHEN/THEN
    assertThat(accessToken()).isNotExpiredAt(Tokens.IAT).isNotExpiredAt(clock);
  }

  @Test
  void should_fail_at_exp() {
    // GIVEN
    SignedJWT jwt = accessToken();
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).isNotExpiredAt(Tokens.EXP));
    // THEN
    then(error).hasMessage(shouldNotBeExpiredAt(jwt, Tokens.EXP, Tokens.EXP).create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    SignedJWT actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).isNotExpiredAt(Tokens.IAT));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.Tokens.accessToken;
import static dev.fakeokta.assertions.error.ShouldBeExpiredAt.shouldBeExpiredAt;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.server.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JwtAssert_isExpiredAt_Test {

  @Test
  void should_pass_at_exp_and_later_on_the_fake_clock() {
    // GIVEN
    FakeClock clock = new FakeClock();
    clock.set(Tokens.IAT).advance(Duration.ofHours(2));
    // WHEN/THEN
    assertThat(accessToken()).isExpiredAt(Tokens.EXP).isExpiredAt(clock);
  }

  @Test
  void should_fail_before_exp() {
    // GIVEN
    SignedJWT jwt = accessToken();
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).isExpiredAt(Tokens.IAT));
    // THEN
    then(error).hasMessage(shouldBeExpiredAt(jwt, Tokens.IAT, Tokens.EXP).create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    SignedJWT actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).isExpiredAt(Tokens.EXP));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

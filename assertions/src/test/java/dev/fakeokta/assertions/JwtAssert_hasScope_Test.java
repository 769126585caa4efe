package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.Tokens.accessToken;
import static dev.fakeokta.assertions.error.ShouldHaveScope.shouldHaveScope;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtAssert_hasScope_Test {

  @Test
  void should_pass_when_scp_contains_the_scopes() {
    assertThat(accessToken()).hasScope("openid", "okta.users.read");
  }

  @Test
  void should_fail_when_a_scope_is_missing() {
    // GIVEN
    SignedJWT jwt = accessToken();
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).hasScope("okta.users.manage"));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveScope(jwt, List.of("okta.users.manage"), List.of("okta.users.read", "openid"))
                .create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    SignedJWT actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasScope("openid"));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

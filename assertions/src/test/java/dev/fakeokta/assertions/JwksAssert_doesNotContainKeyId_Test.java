package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatJwks;
import static dev.fakeokta.assertions.error.ShouldContainKeyId.shouldNotContainKeyId;
import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class JwksAssert_doesNotContainKeyId_Test {

  @Test
  void should_pass_when_no_key_has_the_kid() {
    assertThatJwks(Jwks.okta()).doesNotContainKeyId("kid-retired");
  }

  @Test
  void should_fail_when_a_key_has_the_kid() throws Exception {
    // GIVEN
    String json = Jwks.okta();
    // WHEN
    var error = expectAssertionError(() -> assertThatJwks(json).doesNotContainKeyId("kid-1"));
    // THEN
    then(error).hasMessage(shouldNotContainKeyId(Jwks.keys(json), "kid-1").create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    String actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThatJwks(actual).doesNotContainKeyId("kid-1"));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

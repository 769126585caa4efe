package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveStoppedRetryingAfterSuccess.shouldHaveStoppedRetryingAfterSuccess;
import static dev.fakeokta.assertions.error.ShouldHaveStoppedRetryingAfterSuccess.shouldHaveSucceeded;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasStoppedRetryingAfterSuccess_Test extends FakeOktaTestBase {

  @Test
  void should_pass_when_the_last_attempt_was_the_first_success() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000010"));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN/THEN
    assertThat(okta).hasStoppedRetryingAfterSuccess(users());
  }

  @Test
  void should_fail_when_attempts_followed_a_success() {
    // GIVEN
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasStoppedRetryingAfterSuccess(users()));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveStoppedRetryingAfterSuccess(
                    okta, "GET /api/v1/users", 0, 2, timeline(0, 1, 2))
                .create());
    then(error.getMessage()).contains("but it sent 2 more after the success at +0 ms:");
  }

  @Test
  void should_fail_when_no_attempt_succeeded() {
    // GIVEN
    okta.when(users()).respondAlways(OktaError.of("E0000010"));
    send("GET", "/api/v1/users");
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasStoppedRetryingAfterSuccess(users()));
    // THEN
    then(error).hasMessage(shouldHaveSucceeded(okta, "GET /api/v1/users", timeline(0)).create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(actual).hasStoppedRetryingAfterSuccess(users()));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveGivenUpAfter.shouldHaveGivenUpAfter;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasGivenUpAfter_Test extends FakeOktaTestBase {

  @Test
  void should_pass_when_every_attempt_failed_and_the_count_matches() {
    // GIVEN
    okta.when(users()).respondAlways(OktaError.of("E0000009"));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN/THEN
    assertThat(okta).hasGivenUpAfter(users(), 2);
  }

  @Test
  void should_fail_when_the_client_did_not_give_up_in_time() {
    // GIVEN
    okta.when(users()).respondAlways(OktaError.of("E0000009"));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error = expectAssertionError(() -> assertThat(okta).hasGivenUpAfter(users(), 2));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveGivenUpAfter(okta, "GET /api/v1/users", 2, 3, 0, timeline(0, 1, 2)).create());
  }

  @Test
  void should_fail_when_an_attempt_succeeded() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000009"));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error = expectAssertionError(() -> assertThat(okta).hasGivenUpAfter(users(), 2));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveGivenUpAfter(okta, "GET /api/v1/users", 2, 2, 1, timeline(0, 1)).create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasGivenUpAfter(users(), 1));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

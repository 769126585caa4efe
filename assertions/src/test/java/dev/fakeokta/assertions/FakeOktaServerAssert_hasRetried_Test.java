package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveReceived.shouldHaveReceived;
import static dev.fakeokta.assertions.error.ShouldHaveRetried.shouldHaveRetried;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasRetried_Test extends FakeOktaTestBase {

  @Test
  void should_pass_when_the_retry_count_matches() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000047"), 2);
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN/THEN
    assertThat(okta).hasRetried(users(), 2);
  }

  @Test
  void should_fail_when_the_retry_count_differs() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000047"));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error = expectAssertionError(() -> assertThat(okta).hasRetried(users(), 3));
    // THEN
    then(error)
        .hasMessage(shouldHaveRetried(okta, "GET /api/v1/users", 3, 1, timeline(0, 1)).create());
    then(error.getMessage()).contains("GET /api/v1/users -> 429 E0000047");
  }

  @Test
  void should_fail_when_the_request_was_never_sent() {
    // WHEN
    var error = expectAssertionError(() -> assertThat(okta).hasRetried(users(), 0));
    // THEN
    then(error).hasMessage(shouldHaveReceived(okta, "GET /api/v1/users", timeline()).create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasRetried(users(), 1));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

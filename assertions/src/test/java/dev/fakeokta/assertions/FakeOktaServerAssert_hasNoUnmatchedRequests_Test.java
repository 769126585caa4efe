package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveNoUnmatchedRequests.shouldHaveNoUnmatchedRequests;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasNoUnmatchedRequests_Test extends FakeOktaTestBase {

  @Test
  void should_pass_when_every_request_was_served() {
    // GIVEN
    send("GET", "/api/v1/users");
    // WHEN/THEN
    assertThat(okta).hasNoUnmatchedRequests();
  }

  @Test
  void should_fail_when_a_request_was_unmatched() {
    // GIVEN
    send("GET", "/api/v1/users");
    send("GET", "/api/v2/typo");
    // WHEN
    var error = expectAssertionError(() -> assertThat(okta).hasNoUnmatchedRequests());
    // THEN
    then(error).hasMessage(shouldHaveNoUnmatchedRequests(okta, 1, timeline(1)).create());
    then(error.getMessage()).contains("> +").contains("GET /api/v2/typo -> 404 E0000008");
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasNoUnmatchedRequests());
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveReceived.shouldHaveReceived;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.fakeokta.server.FakeOktaServer;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasReceived_Test extends FakeOktaTestBase {

  @Test
  void should_pass_when_a_request_matched() {
    // GIVEN
    send("GET", "/api/v1/users?limit=2");
    // WHEN/THEN
    assertThat(okta)
        .hasReceived(users())
        .hasReceived(1, users())
        .hasReceived("GET", "/api/v1/users")
        .hasReceived(0, "DELETE", "/api/v1/users")
        .hasReceived(
            1,
            getRequestedFor(urlPathEqualTo("/api/v1/users")).withQueryParam("limit", equalTo("2")))
        .hasReceivedMatching(1, r -> r.url().contains("limit=2"), "a page of two");
  }

  @Test
  void should_fail_when_no_request_matched() {
    // GIVEN
    send("GET", "/api/v1/groups");
    // WHEN
    var error = expectAssertionError(() -> assertThat(okta).hasReceived(users()));
    // THEN
    then(error).hasMessage(shouldHaveReceived(okta, "GET /api/v1/users", timeline()).create());
    then(error.getMessage())
        .contains("Expecting FakeOkta:")
        .contains("to have received a request matching:%n  GET /api/v1/users".formatted())
        .contains("GET /api/v1/groups -> 200");
  }

  @Test
  void should_fail_when_the_count_differs() {
    // GIVEN
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error = expectAssertionError(() -> assertThat(okta).hasReceived(1, "GET", "/api/v1/users"));
    // THEN
    then(error)
        .hasMessage(shouldHaveReceived(okta, "GET /api/v1/users", 1, 2, timeline(0, 1)).create());
  }

  @Test
  void should_fail_when_the_predicate_count_differs() {
    // GIVEN
    send("GET", "/api/v1/users");
    // WHEN
    var error =
        expectAssertionError(
            () ->
                assertThat(okta)
                    .hasReceivedMatching(1, r -> r.url().contains("after="), "next page"));
    // THEN
    then(error).hasMessage(shouldHaveReceived(okta, "next page", 1, 0, timeline()).create());
  }

  @Test
  void should_reject_a_negative_count() {
    thenThrownBy(() -> assertThat(okta).hasReceived(-1, users()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times must not be negative, was -1");
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasReceived(users()));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

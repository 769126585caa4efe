package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveReceivedInOrder.shouldHaveReceivedInOrder;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasReceivedInOrder_Test extends FakeOktaTestBase {

  @Test
  void should_pass_when_the_requests_came_in_order() {
    // GIVEN
    send("GET", "/api/v1/groups");
    send("GET", "/api/v1/apps");
    send("GET", "/api/v1/users");
    // WHEN/THEN
    assertThat(okta).hasReceivedInOrder(getRequestedFor(urlPathEqualTo("/api/v1/groups")), users());
  }

  @Test
  void should_fail_when_the_order_differs() {
    // GIVEN
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/groups");
    // WHEN
    var error =
        expectAssertionError(
            () ->
                assertThat(okta)
                    .hasReceivedInOrder(
                        getRequestedFor(urlPathEqualTo("/api/v1/groups")), users()));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveReceivedInOrder(
                    okta,
                    List.of("GET /api/v1/groups", "GET /api/v1/users"),
                    "GET /api/v1/users",
                    timeline(1))
                .create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasReceivedInOrder(users()));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

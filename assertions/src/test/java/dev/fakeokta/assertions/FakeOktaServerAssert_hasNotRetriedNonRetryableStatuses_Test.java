package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldNotRetryNonRetryableStatus.shouldNotRetryNonRetryableStatus;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OAuthError;
import dev.fakeokta.server.OktaError;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasNotRetriedNonRetryableStatuses_Test extends FakeOktaTestBase {

  @Test
  void should_pass_when_only_429_and_5xx_were_retried() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000047")).respond(OktaError.of("E0000009"));
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/groups"))).respond(OktaError.of("E0000006"));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/groups");
    // WHEN/THEN
    assertThat(okta)
        .hasNotRetriedNonRetryableStatuses(users())
        .hasNotRetriedNonRetryableStatuses(getRequestedFor(urlPathEqualTo("/api/v1/groups")));
  }

  @Test
  void should_pass_when_a_401_was_retried_with_a_new_credential() {
    // GIVEN
    okta.when(users()).respond(OAuthError.of("invalid_token"));
    send("GET", "/api/v1/users", "Authorization", "Bearer old-token-0000000000000");
    send("GET", "/api/v1/users", "Authorization", "Bearer new-token-1111111111111");
    // WHEN/THEN
    assertThat(okta).hasNotRetriedNonRetryableStatuses(users());
  }

  @Test
  void should_fail_when_a_403_was_retried() {
    // GIVEN
    okta.when(users()).respondAlways(OktaError.of("E0000006"));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasNotRetriedNonRetryableStatuses(users()));
    // THEN
    then(error)
        .hasMessage(
            shouldNotRetryNonRetryableStatus(okta, "GET /api/v1/users", 403, 0, timeline(0, 1))
                .create());
    then(error.getMessage()).contains("but it retried after the 403 at +0 ms:");
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(actual).hasNotRetriedNonRetryableStatuses(users()));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

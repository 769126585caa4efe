package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveRefreshedTokenAfterUnauthorized.shouldHaveRefreshedTokenAfterUnauthorized;
import static dev.fakeokta.assertions.error.ShouldHaveRetried.shouldHaveRetriedAfterStatus;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OAuthError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasRefreshedTokenAfterUnauthorized_Test extends FakeOktaTestBase {

  private static final String OLD = "Bearer old-access-token-00000000";
  private static final String NEW = "Bearer new-access-token-11111111";

  @BeforeEach
  void stubTokenEndpoint() {
    okta.wireMock()
        .stubFor(post("/oauth2/default/v1/token").willReturn(okJson("{\"access_token\":\"t\"}")));
  }

  @Test
  void should_pass_when_the_client_fetched_a_new_token_and_retried_with_it() {
    // GIVEN
    okta.when(users()).respond(OAuthError.of("invalid_token"));
    send("GET", "/api/v1/users", "Authorization", OLD);
    send("POST", "/oauth2/default/v1/token");
    send("GET", "/api/v1/users", "Authorization", NEW);
    // WHEN/THEN
    assertThat(okta).hasRefreshedTokenAfterUnauthorized(users());
  }

  @Test
  void should_fail_when_the_client_retried_with_the_same_token() {
    // GIVEN
    okta.when(users()).respond(OAuthError.of("invalid_token"));
    send("GET", "/api/v1/users", "Authorization", OLD);
    send("GET", "/api/v1/users", "Authorization", OLD);
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasRefreshedTokenAfterUnauthorized(users()));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveRefreshedTokenAfterUnauthorized(
                    okta,
                    "GET /api/v1/users",
                    0,
                    "did not request a new token before the next attempt",
                    timeline(0, 1))
                .create());
    then(error.getMessage()).contains("GET /api/v1/users -> 401 invalid_token");
  }

  @Test
  void should_fail_when_no_401_was_followed_by_another_attempt() {
    // GIVEN
    send("GET", "/api/v1/users", "Authorization", OLD);
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasRefreshedTokenAfterUnauthorized(users()));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveRetriedAfterStatus(okta, "GET /api/v1/users", 401, timeline(0)).create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(actual).hasRefreshedTokenAfterUnauthorized(users()));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}

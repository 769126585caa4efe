package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveCalledTokenEndpoint.shouldHaveCalledTokenEndpoint;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasCalledTokenEndpoint_Test extends FakeOktaTestBase {

  @BeforeEach
  void stubTokenEndpoints() {
    okta.wireMock()
        .stubFor(
            post(urlPathMatching("/oauth2(/default)?/v1/token"))
                .willReturn(okJson("{\"access_token\":\"t\",\"token_type\":\"Bearer\"}")));
  }

  @Test
  void should_pass_when_the_count_matches() {
    // GIVEN
    send("POST", "/oauth2/v1/token");
    send("POST", "/oauth2/default/v1/token");
    send("GET", "/api/v1/users");
    // WHEN/THEN
    assertThat(okta).hasCalledTokenEndpoint(2);
  }

  @Test
  void should_fail_when_a_token_was_fetched_per_call() {
    // GIVEN
    send("POST", "/oauth2/default/v1/token");
    send("GET", "/api/v1/users");
    send("POST", "/oauth2/default/v1/token");
    send("GET", "/api/v1/groups");
    // WHEN
    var error = expectAssertionError(() -> assertThat(okta).hasCalledTokenEndpoint(1));
    // THEN
    then(error).hasMessage(shouldHaveCalledTokenEndpoint(okta, 1, 2, timeline(0, 2)).create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasCalledTokenEndpoint(1));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
